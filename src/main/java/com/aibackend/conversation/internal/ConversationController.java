package com.aibackend.conversation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationStatus;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Readings;
import com.aibackend.conversation.Direction;
import com.aibackend.conversation.Message;
import com.aibackend.conversation.MessageState;
import com.aibackend.conversation.Understanding;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Conversations and their messages, as the API shows them. */
@RestController
@RequestMapping("/api")
class ConversationController {

	private final Conversations conversations;

	private final Readings readings;

	ConversationController(Conversations conversations, Readings readings) {
		this.conversations = conversations;
		this.readings = readings;
	}

	@GetMapping("/conversations")
	List<ConversationView> list(@RequestParam(required = false) ConversationStatus status,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String sender,
			@RequestParam(defaultValue = "100") int limit) {
		List<Conversation> found = this.conversations.find(status, Channel.parse(channel), sender,
				Math.max(1, Math.min(limit, 1000)));
		Map<String, Understanding> understandings = this.readings.understandingsOf(found);
		return found.stream()
			.map((conversation) -> ConversationView.of(conversation, understandings.get(conversation.getId()), null))
			.toList();
	}

	@GetMapping("/conversations/{id}")
	ConversationView get(@PathVariable String id) {
		Conversation conversation = this.conversations.get(id);
		return ConversationView.of(conversation, this.readings.understandingOf(id),
				this.conversations.messagesOf(id).stream().map(MessageView::of).toList());
	}

	record Sender(String name, String address) {
	}

	record Fields(String requesterName, String company, String contact, String title, String description) {
	}

	record ConversationView(String id, Channel channel, Sender sender, String subject, ConversationStatus status,
			String intent, String service, String priority, String type, Double confidence, List<String> missingFields,
			Fields fields, String ticketReference, String ticketId, String processInstanceId, Instant createdAt,
			Instant updatedAt, List<MessageView> messages) {

		static ConversationView of(Conversation c, Understanding u, List<MessageView> messages) {
			return new ConversationView(c.getId(), c.getChannel(), new Sender(c.getSenderName(), c.getSenderAddress()),
					c.getSubject(), c.getStatus(), u.intent(), u.service(), u.priority(), u.type(),
					(u.intent() != null) ? u.confidence() : null, u.missingFields(),
					new Fields(u.requesterName(), u.company(), u.contact(), u.title(), u.description()),
					u.ticketReference(), c.getTicketId(), c.getProcessInstanceId(), c.getCreatedAt(), c.getUpdatedAt(),
					messages);
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
