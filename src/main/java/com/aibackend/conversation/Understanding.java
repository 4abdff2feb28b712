package com.aibackend.conversation;

import java.util.List;

/**
 * What the bot (or an agent) understood of a conversation: classification, ticket fields
 * and what is still missing.
 */
public record Understanding(String intent, String service, String priority, String type, double confidence,
		String language, String requesterName, String company, String contact, String description,
		String ticketReference, String title, List<String> missingFields) {

	public Understanding {
		missingFields = List.copyOf(missingFields);
	}

	public boolean complete() {
		return this.missingFields.isEmpty();
	}

}
