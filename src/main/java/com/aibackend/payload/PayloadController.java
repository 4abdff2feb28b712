package com.aibackend.payload;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payloads")
class PayloadController {

	private final PayloadService payloads;

	PayloadController(PayloadService payloads) {
		this.payloads = payloads;
	}

	@GetMapping
	List<PayloadView> list(@RequestParam(required = false) PayloadStatus status,
			@RequestParam(defaultValue = "100") int limit) {
		return this.payloads.find(status, Math.max(1, Math.min(limit, 1000))).stream().map(PayloadView::of).toList();
	}

	@GetMapping("/{id}")
	PayloadView get(@PathVariable String id) {
		return PayloadView.of(this.payloads.get(id));
	}

	record PayloadView(String id, String conversationId, PayloadStatus status, String ticketId, Instant createdAt,
			Instant processedAt, @JsonRawValue String content) {

		static PayloadView of(Payload p) {
			return new PayloadView(p.getId(), p.getConversationId(), p.getStatus(), p.getTicketId(), p.getCreatedAt(),
					p.getProcessedAt(), p.getContent());
		}

	}

}
