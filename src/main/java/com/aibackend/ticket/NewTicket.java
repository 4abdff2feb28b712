package com.aibackend.ticket;

/** What a ticket is made from: the payload's fields and where they came from. */
record NewTicket(String title, String description, String service, String priority, String type, String requesterName,
		String company, String contact, String conversationId, String payloadId, String processInstanceId) {

}
