package com.aibackend.bot.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.aibackend.bot.Bot;
import com.aibackend.bot.BotProperties;
import com.aibackend.bot.Intent;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationService;
import com.aibackend.conversation.ConversationStatus;
import com.aibackend.conversation.CustomerMessages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the bot says to customers: clarifications, reminders and polite answers. */
@Service
public class CustomerDialogue {

	private final ConversationService conversations;

	private final CustomerMessages messages;

	private final Bot bot;

	CustomerDialogue(ConversationService conversations, CustomerMessages messages, Bot bot) {
		this.conversations = conversations;
		this.messages = messages;
		this.bot = bot;
	}

	/**
	 * Thanks the customer, says what was understood and asks for exactly what is missing.
	 */
	@Transactional
	public void requestMissingInfo(String conversationId) {
		Conversation conversation = this.conversations.get(conversationId);
		this.messages.enqueue(conversationId, "clarification", greeting(conversation), understood(conversation),
				missingList(CustomerMessages.localeOf(conversation), conversation.getMissingFields()));
		this.conversations.changeStatus(conversationId, ConversationStatus.WAITING_FOR_INFO);
	}

	@Transactional
	public void remind(String conversationId) {
		Conversation conversation = this.conversations.get(conversationId);
		this.messages.enqueue(conversationId, "reminder",
				missingList(CustomerMessages.localeOf(conversation), conversation.getMissingFields()));
	}

	/** Tells the customer their message arrived and a person is reading it. */
	@Transactional
	public void acknowledge(String conversationId) {
		this.messages.enqueue(conversationId, "message.received", greeting(this.conversations.get(conversationId)));
	}

	/**
	 * The message waits for an agent's triage: the conversation says so, and the customer
	 * is told.
	 */
	@Transactional
	public void acknowledgeTriage(String conversationId) {
		this.conversations.changeStatus(conversationId, ConversationStatus.IN_TRIAGE);
		acknowledge(conversationId);
	}

	/**
	 * Answers a message that asks for nothing. Thanks and "it works now" get a short
	 * polite answer and, when the customer has an open ticket, reach its consultant as a
	 * comment.
	 */
	@Transactional
	public void answerOther(String conversationId) {
		Conversation conversation = this.conversations.get(conversationId);
		if (Intent.COURTESY.name().equals(conversation.getIntent())) {
			this.conversations.commentOnOpenTicket(conversationId);
			this.messages.enqueue(conversationId, "answer.courtesy", greeting(conversation));
		}
		else {
			this.messages.enqueue(conversationId, "answer.other");
		}
		this.conversations.changeStatus(conversationId, ConversationStatus.ANSWERED);
	}

	String missingList(Locale locale, List<String> missing) {
		String services = this.bot.catalogue()
			.stream()
			.map(BotProperties.ServiceDefinition::name)
			.collect(Collectors.joining(", "));
		return missing.stream()
			.map((field) -> "- " + this.messages.text(locale, "field." + field, services))
			.collect(Collectors.joining("\n"));
	}

	private String greeting(Conversation conversation) {
		return (conversation.getRequesterName() != null) ? ", " + conversation.getRequesterName() : "";
	}

	private String understood(Conversation conversation) {
		if (conversation.getService() == null) {
			return this.messages.text(conversation, "understood.request", priorityLabel(conversation));
		}
		return this.messages.text(conversation, "understood.service", this.bot.serviceName(conversation.getService()),
				priorityLabel(conversation));
	}

	private String priorityLabel(Conversation conversation) {
		return this.messages.text(conversation, "priority." + conversation.getPriority());
	}

}
