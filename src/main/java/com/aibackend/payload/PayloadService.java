package com.aibackend.payload;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Direction;
import com.aibackend.conversation.Message;
import com.aibackend.conversation.Reading;
import com.aibackend.conversation.Readings;
import com.aibackend.conversation.Request;
import com.aibackend.conversation.Understanding;
import com.aibackend.process.TicketIntakeProcess;
import com.aibackend.shared.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The middleware: turns the reading of a complete request into a structured payload, the
 * single input of the ticket.
 */
@Service
public class PayloadService {

	static final String SCHEMA_VERSION = "1";

	private final PayloadRepository payloads;

	private final Conversations conversations;

	private final Readings readings;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	PayloadService(PayloadRepository payloads, Conversations conversations, Readings readings,
			ObjectMapper objectMapper, Clock clock) {
		this.payloads = payloads;
		this.conversations = conversations;
		this.readings = readings;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	/**
	 * Builds the payload from one reading of a conversation's round; the conversation is
	 * then ready for its ticket.
	 */
	@Transactional
	public Payload createFrom(String readingId) {
		Reading reading = this.readings.reading(readingId);
		String conversationId = reading.getConversationId();
		Conversation conversation = this.conversations.get(conversationId);
		List<String> sourceMessageIds = this.conversations.inboundOfCurrentRound(conversationId)
			.stream()
			.filter((message) -> message.getDirection() == Direction.IN)
			.map(Message::getId)
			.toList();
		String id = Payload.newId();
		Payload payload = this.payloads
			.save(new Payload(id, conversationId, toJson(content(id, conversation, reading, sourceMessageIds)), now()));
		return payload;
	}

	/**
	 * What a ticket is made of, read from the payload: the payload is the contract
	 * between the bot's side and the ticket's.
	 */
	public record TicketRequest(String payloadId, String conversationId, Request request) {
	}

	@Transactional(readOnly = true)
	public TicketRequest ticketRequest(String payloadId) {
		try {
			JsonNode content = this.objectMapper.readTree(get(payloadId).getContent());
			JsonNode requester = content.path("requester");
			JsonNode request = content.path("request");
			return new TicketRequest(payloadId, text(content, "conversationId"),
					new Request(text(request, "title"), text(request, "description"), text(request, "service"),
							text(request, "priority"), text(request, "type"), text(requester, "name"),
							text(requester, "company"), text(requester, "contact")));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Payload %s is not readable JSON".formatted(payloadId), ex);
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asText();
	}

	/** What the assignment decision reads beside service and priority. */
	@Transactional(readOnly = true)
	public Map<String, Object> routingFacts(String conversationId) {
		Conversation conversation = this.conversations.get(conversationId);
		Map<String, Object> facts = new HashMap<>();
		facts.put(TicketIntakeProcess.Var.CHANNEL, conversation.getChannel().name());
		facts.put(TicketIntakeProcess.Var.LANGUAGE, conversation.getLanguage());
		return facts;
	}

	@Transactional
	public void markProcessed(String payloadId, String ticketId) {
		get(payloadId).markProcessed(ticketId, now());
	}

	@Transactional(readOnly = true)
	public Payload get(String payloadId) {
		return this.payloads.findById(payloadId)
			.orElseThrow(() -> new NotFoundException("No payload with id " + payloadId));
	}

	@Transactional(readOnly = true)
	public List<Payload> find(PayloadStatus status, int limit) {
		PageRequest page = PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "createdAt", "id"));
		return (status != null) ? this.payloads.findByStatus(status, page) : this.payloads.findBy(page);
	}

	private Map<String, Object> content(String id, Conversation conversation, Reading reading,
			List<String> sourceMessageIds) {
		Understanding understanding = reading.understanding();
		Request asked = understanding.request().titled(title(conversation, understanding));
		Map<String, Object> requester = new LinkedHashMap<>();
		requester.put("name", asked.requesterName());
		requester.put("company", asked.company());
		requester.put("contact", asked.contact());

		Map<String, Object> request = new LinkedHashMap<>();
		request.put("service", asked.service());
		request.put("priority", asked.priority());
		request.put("type", asked.type());
		request.put("title", asked.title());
		request.put("description", asked.description());

		Map<String, Object> classification = new LinkedHashMap<>();
		classification.put("readingId", reading.getId());
		classification.put("readBy", reading.getSource().name());
		classification.put("intent", understanding.intent());
		classification.put("service", understanding.service());
		classification.put("priority", understanding.priority());
		classification.put("confidence", understanding.confidence());

		Map<String, Object> content = new LinkedHashMap<>();
		content.put("schemaVersion", SCHEMA_VERSION);
		content.put("payloadId", id);
		content.put("conversationId", conversation.getId());
		content.put("channel", conversation.getChannel().name());
		content.put("requester", requester);
		content.put("request", request);
		content.put("classification", classification);
		content.put("sourceMessageIds", sourceMessageIds);
		return content;
	}

	/**
	 * The problem in a line as the bot read it; else the subject, else the description's
	 * first line, shortened.
	 */
	static String title(Conversation conversation, Understanding understanding) {
		String source = (understanding.title() != null) ? understanding.title()
				: (conversation.getSubject() != null) ? conversation.getSubject()
						: (understanding.description() != null)
								? understanding.description().lines().findFirst().orElse("") : "";
		source = source.strip();
		if (source.isEmpty()) {
			return "Request from " + conversation.getSenderAddress();
		}
		return (source.length() <= 80) ? source : source.substring(0, 77).strip() + "...";
	}

	private String toJson(Map<String, Object> content) {
		try {
			return this.objectMapper.writeValueAsString(content);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Payload could not be written as JSON", ex);
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

}
