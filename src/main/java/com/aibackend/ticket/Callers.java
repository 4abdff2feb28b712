package com.aibackend.ticket;

import com.aibackend.identity.Roles;

import org.springframework.security.core.Authentication;

/**
 * The API caller as an editor: their login and the Camunda groups behind their
 * authorities.
 */
final class Callers {

	private Callers() {
	}

	static Editor editor(Authentication caller) {
		return new Editor(caller.getName(), Roles.groupsOf(caller.getAuthorities()));
	}

}
