package com.aibackend.ticket;

import java.util.Set;
import java.util.stream.Collectors;

import com.aibackend.identity.Roles;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The API caller as an editor: their login and the Camunda groups behind their
 * authorities.
 */
final class Callers {

	private Callers() {
	}

	static Editor editor(Authentication caller) {
		Set<String> groups = caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith(Roles.GROUP_AUTHORITY_PREFIX))
			.map((authority) -> authority.substring(Roles.GROUP_AUTHORITY_PREFIX.length()))
			.collect(Collectors.toSet());
		return new Editor(caller.getName(), groups);
	}

}
