package com.aibackend.process;

/**
 * Ids of {@code bpmn/message-delivery.bpmn} that Java code refers to: one instance per
 * answer to a customer, which sends it and retries until it is sent or an operator takes
 * over.
 */
public final class MessageDeliveryProcess {

	public static final String KEY = "message-delivery";

	public static final String TASK_DELIVER_MESSAGE = "Task_DeliverMessage";

	/** Process variables. */
	public static final class Var {

		/** The stored answer to send. */
		public static final String MESSAGE_ID = "messageId";

		/** How often and how far apart a failed send is retried. */
		public static final String RETRY_CYCLE = "retryCycle";

		private Var() {
		}

	}

	private MessageDeliveryProcess() {
	}

}
