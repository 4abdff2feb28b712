package com.aibackend.assignment.consultants;

import java.util.List;

import com.aibackend.assignment.consultants.Consultants.ConsultantView;
import com.aibackend.assignment.consultants.Consultants.ProfileChange;
import com.aibackend.identity.Roles;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consultants with their availability, out-of-office period, capacity, languages and
 * load. Admins change them; a consultant changes their own availability.
 */
@RestController
@RequestMapping("/api/consultants")
class ConsultantController {

	private final Consultants consultants;

	ConsultantController(Consultants consultants) {
		this.consultants = consultants;
	}

	@GetMapping
	List<ConsultantView> list() {
		return this.consultants.list();
	}

	@GetMapping("/{id}")
	ConsultantView get(@PathVariable String id) {
		return this.consultants.get(id);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ConsultantView update(@PathVariable String id, @RequestBody ProfileChange change, Authentication caller) {
		return this.consultants.update(id, change, caller.getName(), Roles.groupsOf(caller.getAuthorities()));
	}

}
