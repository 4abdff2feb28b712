package com.aibackend.bot.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.aibackend.bot.Bot;
import com.aibackend.bot.Intent;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.conversation.Readings;
import com.aibackend.conversation.Understanding;
import com.aibackend.outbound.CustomerMessages;
import com.aibackend.shared.Greeting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the bot says to customers: clarifications, reminders and polite answers. */
@Service
public class CustomerDialogue {

	private final Conversations conversations;

	private final Readings readings;

	private final CustomerMessages messages;

	private final Bot bot;

	CustomerDialogue(Conversations conversations, Readings readings, CustomerMessages messages, Bot bot) {
		this.conversations = conversations;
		this.readings = readings;
		this.messages = messages;
		this.bot = bot;
	}

	/**
	 * Thanks the customer, says what was understood and asks for exactly what is missing.
	 */
	@Transactional
	public void requestMissingInfo(String conversationId, String readingId) {
		Conversation conversation = this.conversations.get(conversationId);
		Understanding understanding = this.readings.understanding(readingId);
		this.messages.enqueue(conversationId, "clarification", greeting(understanding),
				understood(conversation, understanding),
				missingList(CustomerMessages.localeOf(conversation), understanding.missingFields()));
		this.readings.markAsked(readingId);
	}

	@Transactional
	public void remind(String conversationId, String readingId) {
		Conversation conversation = this.conversations.get(conversationId);
		this.messages.enqueue(conversationId, "reminder", missingList(CustomerMessages.localeOf(conversation),
				this.readings.understanding(readingId).missingFields()));
	}

	/** Tells the customer their message arrived and a person is reading it. */
	@Transactional
	public void acknowledge(String conversationId, String readingId) {
		this.messages.enqueue(conversationId, "message.received", greeting(this.readings.understanding(readingId)));
	}

	/**
	 * The message waits for an agent's triage: the conversation says so, and the customer
	 * is told.
	 */
	@Transactional
	public void acknowledgeTriage(String conversationId, String readingId) {
		acknowledge(conversationId, readingId);
	}

	/**
	 * Answers a message that asks for nothing. Thanks and "it works now" get a short
	 * polite answer and, when the customer has an open ticket, reach its consultant as a
	 * comment.
	 */
	@Transactional
	public void answerOther(String conversationId, String readingId) {
		Understanding understanding = this.readings.understanding(readingId);
		if (Intent.COURTESY.name().equals(understanding.intent())) {
			this.conversations.commentOnOpenTicket(conversationId);
			this.messages.enqueue(conversationId, "answer.courtesy", greeting(understanding));
		}
		else {
			this.messages.enqueue(conversationId, "answer.other");
		}
	}

	String missingList(Locale locale, List<String> missing) {
		String services = this.bot.catalogue()
			.stream()
			.map((service) -> serviceName(locale, service.id()))
			.collect(Collectors.joining(", "));
		return missing.stream()
			.map((field) -> "- " + this.messages.text(locale, "field." + field, services))
			.collect(Collectors.joining("\n"));
	}

	private static String greeting(Understanding understanding) {
		return Greeting.after(understanding.requesterName());
	}

	private String understood(Conversation conversation, Understanding understanding) {
		if (understanding.service() == null) {
			return this.messages.text(conversation, "understood.request");
		}
		return this.messages.text(conversation, "understood.service",
				serviceName(CustomerMessages.localeOf(conversation), understanding.service()));
	}

	/**
	 * A service as the customer reads it: the name in their language's messages, else the
	 * catalogue's name.
	 */
	private String serviceName(Locale locale, String serviceId) {
		return this.messages.textOr(locale, "service." + serviceId, this.bot.serviceName(serviceId));
	}

}
