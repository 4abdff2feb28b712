package com.aibackend.conversation;

/**
 * What a customer asks for and who they are: the fields a ticket is made of. One value
 * travels forward: the bot's (or an agent's) reading holds it, the payload carries it,
 * the ticket is made from it. An agent's completion is one too, with what they filled in.
 *
 * @param title the problem in a line
 * @param service a service id of the catalogue
 * @param priority {@code HIGH}, {@code MEDIUM} or {@code LOW}
 * @param type {@code INCIDENT}, {@code SERVICE_REQUEST}, ...
 */
public record Request(String title, String description, String service, String priority, String type,
		String requesterName, String company, String contact) {

	/** The same request under another title. */
	public Request titled(String newTitle) {
		return new Request(newTitle, this.description, this.service, this.priority, this.type, this.requesterName,
				this.company, this.contact);
	}

}
