package com.aibackend.trace.internal;

import com.aibackend.shared.NotFoundException;
import com.aibackend.trace.ConversationTrace;
import com.aibackend.trace.Trace;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/conversations/{id}/trace}: a conversation's whole path, and the BPMN it
 * ran on for the trace page to draw.
 */
@RestController
@RequestMapping("/api/conversations/{id}/trace")
class TraceController {

	private final ConversationTrace traces;

	TraceController(ConversationTrace traces) {
		this.traces = traces;
	}

	@GetMapping
	Trace trace(@PathVariable String id) {
		return this.traces.of(id);
	}

	@GetMapping(path = "/diagram", produces = MediaType.APPLICATION_XML_VALUE)
	String diagram(@PathVariable String id) {
		return this.traces.diagram(id)
			.orElseThrow(() -> new NotFoundException("Conversation " + id + " has not started its process yet"));
	}

}
