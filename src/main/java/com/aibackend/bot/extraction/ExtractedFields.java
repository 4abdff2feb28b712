package com.aibackend.bot.extraction;

/** Ticket fields found in a customer's messages; {@code null} where nothing was found. */
public record ExtractedFields(String requesterName, String company, String contact, String description,
		String ticketReference, String title) {

	/** Fields found now win; what was known before fills the gaps. */
	public ExtractedFields orElse(ExtractedFields known) {
		return new ExtractedFields(first(this.requesterName, known.requesterName), first(this.company, known.company),
				first(this.contact, known.contact), first(this.description, known.description),
				first(this.ticketReference, known.ticketReference), first(this.title, known.title));
	}

	private static String first(String value, String fallback) {
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
