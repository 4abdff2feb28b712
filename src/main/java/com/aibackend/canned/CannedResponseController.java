package com.aibackend.canned;

import java.util.List;

import com.aibackend.canned.CannedResponses.Canned;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Canned responses: agents and consultants read them, admins edit them. */
@RestController
@RequestMapping("/api/canned-responses")
class CannedResponseController {

	private final CannedResponses responses;

	CannedResponseController(CannedResponses responses) {
		this.responses = responses;
	}

	@GetMapping
	List<Canned> list(@RequestParam(required = false) String language) {
		return this.responses.list(language);
	}

	@PutMapping("/{name}/{language}")
	Canned put(@PathVariable String name, @PathVariable String language, @RequestBody Text body,
			Authentication caller) {
		return this.responses.put(name, language, body.text(), caller.getName());
	}

	@DeleteMapping("/{name}/{language}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String name, @PathVariable String language, Authentication caller) {
		this.responses.delete(name, language, caller.getName());
	}

	record Text(String text) {
	}

}
