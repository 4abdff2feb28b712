package com.aibackend.intake.internal;

import static com.aibackend.process.TicketIntakeProcess.Var.CONVERSATION_ID;

import java.util.List;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Conversations;
import com.aibackend.intake.IncomingMessage;
import com.aibackend.intake.Intake;
import com.aibackend.shared.InvalidRequestException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Makes sure every process has its conversation. The REST intake stores it before
 * starting; a start from Tasklist's form or the engine's REST API brings the message as
 * variables, which are stored here and then removed, since texts live in the
 * application's tables.
 */
@Component("registerConversationDelegate")
class RegisterConversationDelegate implements JavaDelegate {

	static final List<String> FORM_VARIABLES = List.of("channel", "senderAddress", "senderName", "subject", "text",
			"externalId");

	private final Intake intake;

	private final Conversations conversations;

	RegisterConversationDelegate(Intake intake, Conversations conversations) {
		this.intake = intake;
		this.conversations = conversations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String conversationId = (String) execution.getVariable(CONVERSATION_ID);
		if (conversationId != null) {
			this.conversations.get(conversationId);
			return;
		}
		try {
			Channel channel = Channel.parse(string(execution, "channel"));
			Conversation conversation = this.intake.registerStarted(
					new IncomingMessage((channel != null) ? channel : Channel.API, string(execution, "senderAddress"),
							string(execution, "senderName"), string(execution, "subject"), string(execution, "text"),
							string(execution, "externalId")),
					execution.getProcessInstanceId());
			execution.setProcessBusinessKey(conversation.getId());
			execution.setVariable(CONVERSATION_ID, conversation.getId());
			FORM_VARIABLES.forEach(execution::removeVariable);
		}
		catch (InvalidRequestException ex) {
			// Reported to Tasklist and the engine's REST API as a client error; the start
			// is rolled back.
			throw new BadUserRequestException(ex.getMessage());
		}
	}

	private static String string(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return (value != null) ? value.toString() : null;
	}

}
