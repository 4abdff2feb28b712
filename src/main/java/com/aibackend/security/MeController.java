package com.aibackend.security;

import java.util.List;

import com.aibackend.identity.Roles;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is and in which groups: the console shows its pages to admins only. */
@RestController
class MeController {

	@GetMapping("/api/me")
	Me me(Authentication caller) {
		return new Me(caller.getName(),
				caller.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.filter((authority) -> authority.startsWith(Roles.GROUP_AUTHORITY_PREFIX))
					.map((authority) -> authority.substring(Roles.GROUP_AUTHORITY_PREFIX.length()))
					.sorted()
					.toList());
	}

	record Me(String user, List<String> groups) {
	}

}
