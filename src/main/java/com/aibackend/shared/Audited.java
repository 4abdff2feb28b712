package com.aibackend.shared;

import java.time.Instant;

/**
 * Somebody changed something an admin or analyst may later ask about: published in the
 * changing transaction, so the audit entry is stored exactly when the change is.
 *
 * @param actor the user who made the change, or {@code system} for the process itself
 * @param entityType what kind of record changed, for example {@code Ticket}
 * @param entityId which one
 * @param action what happened, for example {@code status} or {@code assignee}
 * @param detail the change, for example {@code NEW -> IN_PROGRESS}
 */
public record Audited(String actor, String entityType, String entityId, String action, String detail, Instant at) {

	public static final String SYSTEM = "system";

}
