package com.aibackend.security;

import java.util.List;

import com.aibackend.identity.Roles;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is and in which groups: the console shows its pages to admins only. */
@RestController
class MeController {

	@GetMapping("/api/me")
	Me me(Authentication caller) {
		return new Me(caller.getName(), List.copyOf(Roles.groupsOf(caller.getAuthorities())));
	}

	record Me(String user, List<String> groups) {
	}

}
