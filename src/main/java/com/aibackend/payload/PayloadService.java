package com.aibackend.payload;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationService;
import com.aibackend.conversation.ConversationStatus;
import com.aibackend.conversation.Direction;
import com.aibackend.conversation.Message;
import com.aibackend.shared.NotFoundException;
import com.aibackend.process.TicketIntakeProcess;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The middleware: turns a complete conversation into a structured payload. */
@Service
public class PayloadService {

	static final String SCHEMA_VERSION = "1";

	private final PayloadRepository payloads;

	private final ConversationService conversations;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	PayloadService(PayloadRepository payloads, ConversationService conversations, ObjectMapper objectMapper,
			Clock clock) {
		this.payloads = payloads;
		this.conversations = conversations;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	@Transactional
	public Payload createFor(String conversationId) {
		Conversation conversation = this.conversations.get(conversationId);
		List<String> sourceMessageIds = this.conversations.inboundOfCurrentRound(conversationId)
			.stream()
			.filter((message) -> message.getDirection() == Direction.IN)
			.map(Message::getId)
			.toList();
		String id = Payload.newId();
		Payload payload = this.payloads
			.save(new Payload(id, conversationId, toJson(content(id, conversation, sourceMessageIds)), now()));
		this.conversations.changeStatus(conversationId, ConversationStatus.READY);
		return payload;
	}

	/**
	 * What a ticket is made of, read from the payload: the payload is the contract
	 * between the bot's side and the ticket's.
	 */
	public record TicketRequest(String payloadId, String conversationId, String title, String description,
			String service, String priority, String type, String requesterName, String company, String contact) {
	}

	@Transactional(readOnly = true)
	public TicketRequest ticketRequest(String payloadId) {
		try {
			JsonNode content = this.objectMapper.readTree(get(payloadId).getContent());
			JsonNode requester = content.path("requester");
			JsonNode request = content.path("request");
			return new TicketRequest(payloadId, text(content, "conversationId"), text(request, "title"),
					text(request, "description"), text(request, "service"), text(request, "priority"),
					text(request, "type"), text(requester, "name"), text(requester, "company"),
					text(requester, "contact"));
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

	private Map<String, Object> content(String id, Conversation conversation, List<String> sourceMessageIds) {
		Map<String, Object> requester = new LinkedHashMap<>();
		requester.put("name", conversation.getRequesterName());
		requester.put("company", conversation.getCompany());
		requester.put("contact", conversation.getContact());

		Map<String, Object> request = new LinkedHashMap<>();
		request.put("service", conversation.getService());
		request.put("priority", conversation.getPriority());
		request.put("type", conversation.getType());
		request.put("title", title(conversation));
		request.put("description", conversation.getDescription());

		Map<String, Object> classification = new LinkedHashMap<>();
		classification.put("intent", conversation.getIntent());
		classification.put("service", conversation.getService());
		classification.put("priority", conversation.getPriority());
		classification.put("confidence", conversation.getConfidence());

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
	public static String title(Conversation conversation) {
		String source = (conversation.getTitle() != null) ? conversation.getTitle()
				: (conversation.getSubject() != null) ? conversation.getSubject()
						: (conversation.getDescription() != null)
								? conversation.getDescription().lines().findFirst().orElse("") : "";
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
