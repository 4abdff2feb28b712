package com.aibackend.process;

/** Ids of {@code teamwork-sync} (bpmn/teamwork-sync.bpmn) that Java uses. */
public final class TeamworkSyncProcess {

	public static final String KEY = "teamwork-sync";

	public static final String TASK_SYNC = "Task_SyncWithTeamwork";

	/** Thrown when Teamwork asks us to slow down: the flow waits, then tries again. */
	public static final String ERROR_RATE_LIMITED = "RATE_LIMITED";

	private TeamworkSyncProcess() {
	}

	/** Process variables. */
	public static final class Var {

		public static final String TICKET_ID = "ticketId";

		/** What to bring over: CREATED, STATUS or ASSIGNEE. */
		public static final String CHANGE = "change";

		/** How long Teamwork asked us to wait (ISO-8601 duration). */
		public static final String RETRY_AFTER = "retryAfter";

		public static final String RETRY_CYCLE = "retryCycle";

		/** For a customer's comment: which one. */
		public static final String COMMENT_ID = "commentId";

		private Var() {
		}

	}

}
