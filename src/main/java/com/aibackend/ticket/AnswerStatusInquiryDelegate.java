package com.aibackend.ticket;

import static com.aibackend.process.TicketIntakeProcess.Var.READING_ID;
import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Answers a status inquiry with the ticket's status. */
@Component("answerStatusInquiryDelegate")
class AnswerStatusInquiryDelegate implements JavaDelegate {

	private final StatusInquiries inquiries;

	AnswerStatusInquiryDelegate(StatusInquiries inquiries) {
		this.inquiries = inquiries;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.inquiries.answer((String) execution.getVariable(CONVERSATION_ID),
				(String) execution.getVariable(READING_ID));
	}

}
