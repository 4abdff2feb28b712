package com.aibackend.process;

/**
 * Ids of {@code bpmn/ticket-intake.bpmn} that Java code refers to: the model is the
 * source, these names must match it.
 */
public final class TicketIntakeProcess {

	public static final String KEY = "ticket-intake";

	/**
	 * Every message a customer adds to a conversation whose run is going; taken by what
	 * the run waits for (an answer, a comment on the open ticket).
	 */
	public static final String MSG_CUSTOMER_MESSAGE = "Msg_CustomerMessage";

	public static final String START_MESSAGE_RECEIVED = "StartEvent_MessageReceived";

	public static final String GATEWAY_TICKET_TO_REOPEN = "Gateway_TicketToReopen";

	public static final String BOUNDARY_CUSTOMER_WROTE = "BoundaryEvent_CustomerWrote";

	public static final String TASK_ADD_CUSTOMER_COMMENT = "Task_AddCustomerComment";

	public static final String TASK_CLASSIFY_MESSAGE = "Task_ClassifyMessage";

	public static final String TASK_COMPLETE_MISSING_INFO = "Task_CompleteMissingInfo";

	public static final String TASK_TRIAGE_MESSAGE = "Task_TriageMessage";

	public static final String TASK_ACKNOWLEDGE_TRIAGE = "Task_AcknowledgeTriage";

	public static final String TASK_REQUEST_MISSING_INFO = "Task_RequestMissingInfo";

	public static final String TASK_CREATE_PAYLOAD = "Task_CreatePayload";

	public static final String TASK_ANSWER_STATUS_INQUIRY = "Task_AnswerStatusInquiry";

	public static final String TASK_ANSWER_OTHER = "Task_AnswerOther";

	public static final String TASK_SEND_REMINDER = "Task_SendReminder";

	public static final String TASK_NOTIFY_TICKET_CREATED = "Task_NotifyTicketCreated";

	public static final String TASK_WORK_ON_TICKET = "Task_WorkOnTicket";

	public static final String BOUNDARY_FIRST_RESPONSE_DUE = "BoundaryEvent_FirstResponseDue";

	public static final String TASK_HANDLE_ESCALATION = "Task_HandleEscalation";

	public static final String BOUNDARY_CUSTOMER_REPLIED = "BoundaryEvent_CustomerReplied";

	public static final String BOUNDARY_REMINDER_DUE = "BoundaryEvent_ReminderDue";

	public static final String BOUNDARY_CONVERSATION_EXPIRED = "BoundaryEvent_ConversationExpired";

	public static final String END_TICKET_CLOSED = "EndEvent_TicketClosed";

	public static final String END_STATUS_ANSWERED = "EndEvent_StatusAnswered";

	public static final String END_OTHER_ANSWERED = "EndEvent_OtherAnswered";

	public static final String END_CONVERSATION_EXPIRED = "EndEvent_ConversationExpired";

	/** An agent found in triage that the message is no request (a thank-you, spam). */
	public static final String END_DISMISSED = "EndEvent_Dismissed";

	/** Sends the reply the consultant wrote in the "Work on" form. */
	public static final String TASK_SEND_REPLY = "Task_SendReply";

	/** The customer came back soon after closing: the ticket's next run starts here. */
	public static final String MSG_TICKET_REOPENED = "Msg_TicketReopened";

	public static final String START_TICKET_REOPENED = "StartEvent_TicketReopened";

	public static final String TASK_REOPEN_TICKET = "Task_ReopenTicket";

	/** The customer wrote to a closed ticket: is it only thanks? */
	public static final String TASK_READ_COMEBACK = "Task_ReadComeback";

	public static final String GATEWAY_ONLY_THANKS = "Gateway_OnlyThanks";

	/** Only thanks: the ticket stays closed. */
	public static final String END_THANKS_NOTED = "EndEvent_ThanksNoted";

	public static final String DECISION_CONSULTANT_ASSIGNMENT = "consultant-assignment";

	/** Process variables: references and the few values gateways and tasks need. */
	public static final class Var {

		public static final String CONVERSATION_ID = "conversationId";

		/**
		 * The customer's address (phone number, e-mail, ...), so that Cockpit and its
		 * ticket history can find a customer's flows.
		 */
		public static final String CUSTOMER = "customer";

		/** The customer's latest message handed to a running process. */
		public static final String CUSTOMER_MESSAGE_ID = "customerMessageId";

		public static final String INTENT = "intent";

		public static final String SERVICE = "service";

		public static final String PRIORITY = "priority";

		public static final String MISSING_FIELDS = "missingFields";

		public static final String INFO_COMPLETE = "infoComplete";

		/** The reading of the current round (the bot's, or an agent's in its place). */
		public static final String READING_ID = "readingId";

		public static final String PAYLOAD_ID = "payloadId";

		public static final String ASSIGNMENT_DECISION = "assignmentDecision";

		/** What the assignment decision's inputs need beside service and priority. */
		public static final String CHANNEL = "channel";

		public static final String LANGUAGE = "language";

		/**
		 * Task-local: who completed the task through the API (Tasklist's completions are
		 * in the engine's operation log).
		 */
		public static final String COMPLETED_BY = "completedBy";

		/** The stored assignment the ticket is made from. */
		public static final String ASSIGNMENT_ID = "assignmentId";

		/** The task's assignee; empty while the ticket waits in its pool's queue. */
		public static final String CONSULTANT = "consultant";

		/** The task's candidate groups: the pool whose queue it waits in. */
		public static final String ASSIGNMENT_GROUPS = "assignmentGroups";

		/** The SLA: the task's follow-up and due dates, and the escalation timer. */
		public static final String FIRST_RESPONSE_DUE = "firstResponseDue";

		public static final String RESOLUTION_DUE = "resolutionDue";

		public static final String FIRST_RESPONSE_BREACHED = "firstResponseBreached";

		public static final String ESCALATION_GROUP = "escalationGroup";

		/**
		 * What the customer wrote while the ticket is open, shown in the "Work on" task.
		 */
		public static final String CUSTOMER_COMMENTS = "customerComments";

		public static final String TICKET_ID = "ticketId";

		/** Whether the message to a closed ticket only thanks (Gateway_OnlyThanks). */
		public static final String ONLY_THANKS = "onlyThanks";

		public static final String TICKET_STATUS = "ticketStatus";

		public static final String RESOLUTION = "resolution";

		public static final String TICKET_CLOSED = "ticketClosed";

		/** The reply written in the "Work on" form, to be sent; null when none. */
		public static final String REPLY_ID = "replyId";

		/** The ticket's timeline as text, a variable of the "Work on" task. */
		public static final String TIMELINE = "timeline";

		/** Our latest answer could not be sent (badge and Tasklist filter). */
		public static final String CUSTOMER_NOT_REACHED = "customerNotReached";

		/** The ticket was reopened by the customer (Tasklist filter "Reopened"). */
		public static final String REOPENED = "reopened";

		/**
		 * Canned responses for the "Work on" form's select, in the customer's language.
		 */
		public static final String CANNED_RESPONSES = "cannedResponses";

		private Var() {
		}

	}

	private TicketIntakeProcess() {
	}

}
