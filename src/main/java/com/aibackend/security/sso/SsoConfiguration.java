package com.aibackend.security.sso;

import java.util.List;
import java.util.Optional;

import com.aibackend.shared.ConditionalOnSettings;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Single sign-on, when an issuer is configured: bearer tokens for the API, and (with a
 * client id) OpenID Connect login for the webapps. A token's group claim gives the roles;
 * HTTP Basic with Camunda's users keeps working beside it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSettings("aibackend.sso.issuer-uri")
class SsoConfiguration {

	static final String REGISTRATION = "sso";

	/**
	 * Keys and issuer come from the provider's discovery document, fetched on the first
	 * token so that a provider that is down does not stop the start. Expired tokens and
	 * tokens of another issuer are refused.
	 */
	@Bean
	JwtDecoder ssoJwtDecoder(SsoProperties sso) {
		return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(sso.issuerUri()));
	}

	@Bean
	Converter<Jwt, AbstractAuthenticationToken> ssoTokenUsers(SsoProperties sso, SsoUsers users) {
		return (jwt) -> {
			String user = Optional.ofNullable(jwt.getClaimAsString(sso.userClaim())).orElse(jwt.getSubject());
			List<String> groups = Optional.ofNullable(jwt.getClaimAsStringList(sso.groupsClaim())).orElse(List.of());
			return new JwtAuthenticationToken(jwt,
					users.signIn(user, jwt.getClaimAsString("name"), jwt.getClaimAsString("email"), groups), user);
		};
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnSettings({ "aibackend.sso.issuer-uri", "aibackend.sso.client-id" })
	static class WebappLogin {

		@Bean
		ClientRegistrationRepository ssoClientRegistrations(SsoProperties sso) {
			ClientRegistration registration = ClientRegistrations.fromIssuerLocation(sso.issuerUri())
				.registrationId(REGISTRATION)
				.clientId(sso.clientId())
				.clientSecret(sso.clientSecret())
				.scope("openid", "profile", "email")
				.build();
			return new InMemoryClientRegistrationRepository(registration);
		}

		/** The signed-in person becomes a Camunda user in the groups of their token. */
		@Bean
		OAuth2UserService<OidcUserRequest, OidcUser> ssoOidcUsers(SsoProperties sso, SsoUsers users) {
			OidcUserService standard = new OidcUserService();
			return (request) -> {
				OidcUser oidc = standard.loadUser(request);
				String nameClaim = (oidc.getClaimAsString(sso.userClaim()) != null) ? sso.userClaim() : "sub";
				List<String> groups = Optional.ofNullable(oidc.getClaimAsStringList(sso.groupsClaim()))
					.orElse(List.of());
				return new DefaultOidcUser(
						users.signIn(oidc.getClaimAsString(nameClaim), oidc.getFullName(), oidc.getEmail(), groups),
						oidc.getIdToken(), oidc.getUserInfo(), nameClaim);
			};
		}

		/**
		 * Hands the signed-in person to Camunda's webapps, after Spring Security has read
		 * the session.
		 */
		@Bean
		FilterRegistrationBean<SsoWebappAuthenticationFilter> ssoWebappAuthentication() {
			FilterRegistrationBean<SsoWebappAuthenticationFilter> registration = new FilterRegistrationBean<>(
					new SsoWebappAuthenticationFilter());
			registration.setName("sso-webapp-authentication");
			registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
					SsoWebappUsers.class.getName());
			registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
			registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
			return registration;
		}

	}

}
