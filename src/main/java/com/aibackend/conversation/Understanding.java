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

	/** Nothing read yet. */
	public static Understanding none(String language) {
		return new Understanding(null, null, null, null, 0.0, language, null, null, null, null, null, null, List.of());
	}

	/**
	 * What carries over to a new round: who the customer is and what they described, not
	 * how their last request was classified.
	 */
	public Understanding forNewRound() {
		return new Understanding(null, null, null, null, 0.0, this.language, this.requesterName, this.company,
				this.contact, this.description, null, this.title, List.of());
	}

	/** The request as this reading understood it. */
	public Request request() {
		return new Request(this.title, this.description, this.service, this.priority, this.type, this.requesterName,
				this.company, this.contact);
	}

	public boolean complete() {
		return this.missingFields.isEmpty();
	}

}
