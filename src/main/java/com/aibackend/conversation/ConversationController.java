package com.aibackend.conversation;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The REST intake: customer messages in, conversations out. */
@RestController
@RequestMapping("/api")
class ConversationController {

	private final ConversationService conversations;

	ConversationController(ConversationService conversations) {
		this.conversations = conversations;
	}

	@PostMapping("/messages")
	ResponseEntity<Accepted> receive(@RequestBody NewMessage request) {
		Sender sender = (request.sender() != null) ? request.sender() : new Sender(null, null);
		Conversation conversation = this.conversations.receive(new IncomingMessage(Channel.parse(request.channel()),
				sender.address(), sender.name(), request.subject(), request.text(), request.externalId()));
		return ResponseEntity.accepted()
			.location(URI.create("/api/conversations/" + conversation.getId()))
			.body(new Accepted(conversation.getId(), conversation.getStatus()));
	}

	@PostMapping("/conversations/{id}/messages")
	ResponseEntity<Accepted> reply(@PathVariable String id, @RequestBody Reply request) {
		Conversation conversation = this.conversations.addCustomerMessage(id, request.text());
		return ResponseEntity.accepted().body(new Accepted(conversation.getId(), conversation.getStatus()));
	}

	@GetMapping("/conversations")
	List<ConversationView> list(@RequestParam(required = false) ConversationStatus status,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String sender,
			@RequestParam(defaultValue = "100") int limit) {
		return this.conversations.find(status, Channel.parse(channel), sender, Math.max(1, Math.min(limit, 1000)))
			.stream()
			.map((conversation) -> ConversationView.of(conversation, null))
			.toList();
	}

	@GetMapping("/conversations/{id}")
	ConversationView get(@PathVariable String id) {
		Conversation conversation = this.conversations.get(id);
		return ConversationView.of(conversation,
				this.conversations.messagesOf(id).stream().map(MessageView::of).toList());
	}

	record NewMessage(String channel, Sender sender, String subject, String text, String externalId) {
	}

	record Sender(String name, String address) {
	}

	record Reply(String text) {
	}

	record Accepted(String conversationId, ConversationStatus status) {
	}

	record Fields(String requesterName, String company, String contact, String title, String description) {
	}

	record ConversationView(String id, Channel channel, Sender sender, String subject, ConversationStatus status,
			String intent, String service, String priority, String type, Double confidence, List<String> missingFields,
			Fields fields, String ticketReference, String ticketId, String processInstanceId, Instant createdAt,
			Instant updatedAt, List<MessageView> messages) {

		static ConversationView of(Conversation c, List<MessageView> messages) {
			return new ConversationView(c.getId(), c.getChannel(), new Sender(c.getSenderName(), c.getSenderAddress()),
					c.getSubject(), c.getStatus(), c.getIntent(), c.getService(), c.getPriority(), c.getType(),
					c.getConfidence(), c.getMissingFields(),
					new Fields(c.getRequesterName(), c.getCompany(), c.getContact(), c.getTitle(), c.getDescription()),
					c.getTicketReference(), c.getTicketId(), c.getProcessInstanceId(), c.getCreatedAt(),
					c.getUpdatedAt(), messages);
		}

	}

	record MessageView(String id, Direction direction, String text, Instant time, String channelMessageId,
			MessageState state, Integer attempts, String lastError) {

		static MessageView of(Message m) {
			return new MessageView(m.getId(), m.getDirection(), m.getText(), m.getCreatedAt(), m.getExternalId(),
					m.getState(), (m.getDirection() == Direction.OUT) ? m.getAttempts() : null, m.getLastError());
		}

	}

}
