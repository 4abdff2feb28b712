package com.aibackend.ticket;

import com.aibackend.conversation.Request;

/** What a ticket is made from: the payload's request and where it came from. */
record NewTicket(Request request, String conversationId, String payloadId, String processInstanceId) {

}
