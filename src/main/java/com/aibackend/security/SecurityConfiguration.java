package com.aibackend.security;

import com.aibackend.identity.Roles;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Nothing but health is open. The application's API uses HTTP Basic against Camunda's
 * users; the engine's REST API authenticates with Camunda's own filter so its
 * authorisations apply; the webapps keep their own login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String AGENTS = group(Roles.AGENTS);

	private static final String CONSULTANTS = group(Roles.CONSULTANTS);

	private static final String ANALYSTS = group(Roles.ANALYSTS);

	private static final String ADMINS = group(Roles.ADMINS);

	private static final String MONITORING = group(Roles.MONITORING);

	/**
	 * The role table of the README, per endpoint. A path or method not listed here is
	 * open to every signed-in user only so that it can be answered 404 or 405.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, CamundaUserAuthenticationProvider users,
			SecurityProblems problems, ObjectProvider<JwtDecoder> ssoTokens,
			ObjectProvider<Converter<Jwt, AbstractAuthenticationToken>> ssoTokenUsers) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authenticationProvider(users)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.requestMatchers(EndpointRequest.to("prometheus"))
				.hasAnyAuthority(ADMINS, MONITORING)
				.requestMatchers("/actuator/**")
				.hasAuthority(ADMINS)
				// Intake: agents submit messages and replies.
				.requestMatchers(HttpMethod.POST, "/api/messages", "/api/conversations/*/messages")
				.hasAnyAuthority(AGENTS, ADMINS)
				// Tickets: everybody reads; agents dispatch any, consultants their own.
				.requestMatchers(HttpMethod.GET, "/api/tickets", "/api/tickets/*", "/api/tickets/*/comments",
						"/api/tickets/*/timeline")
				.hasAnyAuthority(AGENTS, CONSULTANTS, ANALYSTS, ADMINS)
				.requestMatchers(HttpMethod.PATCH, "/api/tickets/*")
				.hasAnyAuthority(AGENTS, CONSULTANTS, ADMINS)
				// Replies and internal notes: the ticket's consultant, its pool, agents.
				.requestMatchers(HttpMethod.POST, "/api/tickets/*/replies")
				.hasAnyAuthority(AGENTS, CONSULTANTS, ADMINS)
				// Canned responses: the people who reply read them, admins edit them.
				.requestMatchers(HttpMethod.GET, "/api/canned-responses")
				.hasAnyAuthority(AGENTS, CONSULTANTS, ADMINS)
				.requestMatchers("/api/canned-responses/**")
				.hasAuthority(ADMINS)
				// Consultants read the conversation behind a ticket.
				.requestMatchers(HttpMethod.GET, "/api/conversations", "/api/conversations/*",
						"/api/conversations/*/trace", "/api/conversations/*/trace/diagram")
				.hasAnyAuthority(AGENTS, CONSULTANTS, ANALYSTS, ADMINS)
				.requestMatchers(HttpMethod.GET, "/api/payloads", "/api/payloads/*", "/api/triage-decisions",
						"/api/triage-decisions/*", "/api/bot")
				.hasAnyAuthority(AGENTS, ANALYSTS, ADMINS)
				// Consultants: everybody reads; admins change them, a consultant their
				// own
				// availability.
				.requestMatchers(HttpMethod.GET, "/api/consultants", "/api/consultants/*")
				.hasAnyAuthority(AGENTS, CONSULTANTS, ANALYSTS, ADMINS)
				.requestMatchers(HttpMethod.PUT, "/api/consultants/*")
				.hasAnyAuthority(CONSULTANTS, ADMINS)
				// Assignment rules: admins edit, analysts read.
				.requestMatchers(HttpMethod.GET, "/api/rules", "/api/rules/versions")
				.hasAnyAuthority(ANALYSTS, ADMINS)
				.requestMatchers("/api/rules", "/api/rules/**")
				.hasAuthority(ADMINS)
				.requestMatchers(HttpMethod.GET, "/api/audit", "/api/insights")
				.hasAnyAuthority(ANALYSTS, ADMINS)
				.requestMatchers(HttpMethod.POST, "/api/bot/retrain")
				.hasAuthority(ADMINS)
				.requestMatchers(HttpMethod.GET, "/api/**")
				.authenticated()
				// Writes nobody was granted: admins get 404/405, everyone else 403.
				.requestMatchers("/api/**")
				.hasAuthority(ADMINS)
				.anyRequest()
				.denyAll())
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless Basic-auth API: no cookies, so no cross-site request forgery to
			// guard against.
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.frameOptions((frame) -> frame.deny()));
		JwtDecoder decoder = ssoTokens.getIfAvailable();
		if (decoder != null) {
			http.oauth2ResourceServer((bearer) -> bearer
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(ssoTokenUsers.getObject()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems));
		}
		return http.build();
	}

	/**
	 * The admin console's static page: it signs in against the API, which answers admins
	 * only. Its own scripts and styles, nothing inline, nothing from elsewhere.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/console", "/console/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					// The trace page's diagram viewer styles its drawing inline.
					"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
							+ "img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'"))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/**
	 * The webapps and the engine's REST API bring their own authentication and CSRF
	 * protection.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain camundaSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> sso,
			ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> ssoUsers) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.frameOptions((frame) -> frame.sameOrigin()));
		ClientRegistrationRepository registrations = sso.getIfAvailable();
		if (registrations != null) {
			// Single sign-on starts at /oauth2/authorization/sso and ends in the webapps.
			http.oauth2Login((login) -> login.clientRegistrationRepository(registrations)
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(ssoUsers.getObject()))
				.defaultSuccessUrl("/camunda/app/", true));
		}
		return http.build();
	}

	private static String group(String role) {
		return Roles.GROUP_AUTHORITY_PREFIX + role;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

}
