package com.aibackend.payload;

import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.PAYLOAD_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.READING_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Turns the complete request into a payload and passes its id on. */
@Component("createPayloadDelegate")
class CreatePayloadDelegate implements JavaDelegate {

	private final PayloadService payloads;

	CreatePayloadDelegate(PayloadService payloads) {
		this.payloads = payloads;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String conversationId = (String) execution.getVariable(CONVERSATION_ID);
		String readingId = (String) execution.getVariable(READING_ID);
		// An instance that waited here across the upgrade to readings has none: its
		// conversation's reading was migrated under the conversation's id (V9).
		execution.setVariable(PAYLOAD_ID,
				this.payloads.createFrom((readingId != null) ? readingId : conversationId).getId());
		// The assignment decision also routes by channel and customer language.
		this.payloads.routingFacts(conversationId).forEach(execution::setVariable);
	}

}
