package com.aibackend.security;

import static com.aibackend.security.CamundaUserAuthenticationProvider.GROUP_PREFIX;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
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

	static final String AGENTS = "agents";

	static final String CONSULTANTS = "consultants";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, CamundaUserAuthenticationProvider users) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authenticationProvider(users)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasAuthority(GROUP_PREFIX + Groups.CAMUNDA_ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/bot/retrain")
				.hasAuthority(GROUP_PREFIX + Groups.CAMUNDA_ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/**")
				.authenticated()
				.requestMatchers("/api/**")
				.hasAnyAuthority(GROUP_PREFIX + AGENTS, GROUP_PREFIX + CONSULTANTS, GROUP_PREFIX + Groups.CAMUNDA_ADMIN)
				.anyRequest()
				.denyAll())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless Basic-auth API: no cookies, so no cross-site request forgery to
			// guard against.
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * The webapps and the engine's REST API bring their own authentication and CSRF
	 * protection.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain camundaSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.frameOptions((frame) -> frame.sameOrigin()));
		return http.build();
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
