package com.aibackend.security.sso;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Optional single sign-on with an OpenID Connect provider: off unless an issuer is set.
 *
 * @param issuerUri the provider's issuer; its discovery document supplies keys and
 * endpoints
 * @param clientId this application's client at the provider (webapp login)
 * @param clientSecret its secret
 * @param groupsClaim the token claim that lists the user's groups, mapped one to one to
 * Camunda groups ({@code agents}, {@code consultants}, {@code analysts},
 * {@code camunda-admin} and the teams)
 * @param userClaim the claim that names the user (falls back to {@code sub})
 */
@ConfigurationProperties("aibackend.sso")
record SsoProperties(String issuerUri, String clientId, String clientSecret, String groupsClaim, String userClaim) {

	SsoProperties {
		groupsClaim = (groupsClaim == null || groupsClaim.isBlank()) ? "groups" : groupsClaim;
		userClaim = (userClaim == null || userClaim.isBlank()) ? "preferred_username" : userClaim;
	}

	boolean enabled() {
		return this.issuerUri != null && !this.issuerUri.isBlank();
	}

	boolean webappLogin() {
		return enabled() && this.clientId != null && !this.clientId.isBlank();
	}

}
