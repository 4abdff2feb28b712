package com.aibackend.bot;

/** What an agent entered in "Complete missing information". */
public record AgentInput(String requesterName, String company, String contact, String description, String service,
		String priority) {

}
