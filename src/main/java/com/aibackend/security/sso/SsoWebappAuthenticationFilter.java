package com.aibackend.security.sso;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * Camunda's container-based login for people who signed in by single sign-on; everyone
 * else passes through to the webapps' own login form.
 */
class SsoWebappAuthenticationFilter extends ContainerBasedAuthenticationFilter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken) {
			super.doFilter(request, response, chain);
		}
		else {
			chain.doFilter(request, response);
		}
	}

}
