package com.aibackend.intake.internal;

import java.net.URI;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationStatus;
import com.aibackend.intake.IncomingMessage;
import com.aibackend.intake.Intake;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The REST intake: a customer message in, its conversation's address out. */
@RestController
@RequestMapping("/api")
class IntakeController {

	private final Intake intake;

	IntakeController(Intake intake) {
		this.intake = intake;
	}

	@PostMapping("/messages")
	ResponseEntity<Accepted> receive(@RequestBody NewMessage request) {
		Sender sender = (request.sender() != null) ? request.sender() : new Sender(null, null);
		Conversation conversation = this.intake.receive(new IncomingMessage(Channel.parse(request.channel()),
				sender.address(), sender.name(), request.subject(), request.text(), request.externalId()));
		return ResponseEntity.accepted()
			.location(URI.create("/api/conversations/" + conversation.getId()))
			.body(new Accepted(conversation.getId(), conversation.getStatus()));
	}

	@PostMapping("/conversations/{id}/messages")
	ResponseEntity<Accepted> reply(@PathVariable String id, @RequestBody Reply request) {
		Conversation conversation = this.intake.reply(id, request.text());
		return ResponseEntity.accepted().body(new Accepted(conversation.getId(), conversation.getStatus()));
	}

	record NewMessage(String channel, Sender sender, String subject, String text, String externalId) {
	}

	record Sender(String name, String address) {
	}

	record Reply(String text) {
	}

	record Accepted(String conversationId, ConversationStatus status) {
	}

}
