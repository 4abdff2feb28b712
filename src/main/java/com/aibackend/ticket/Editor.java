package com.aibackend.ticket;

import java.util.Set;

import com.aibackend.identity.Roles;

/**
 * Who changes a ticket, and through which groups: agents and admins dispatch any open
 * ticket; a consultant changes their own tickets and their pools' unassigned ones.
 */
public record Editor(String user, Set<String> groups) {

	/**
	 * A consultant (not dispatching as agent or admin) who works a pool ticket takes it.
	 */
	boolean takesFromQueue() {
		return this.groups.contains(Roles.CONSULTANTS) && !this.groups.contains(Roles.AGENTS)
				&& !this.groups.contains(Roles.ADMINS);
	}

	boolean mayChange(Ticket ticket) {
		if (this.groups.contains(Roles.AGENTS) || this.groups.contains(Roles.ADMINS)) {
			return true;
		}
		if (!this.groups.contains(Roles.CONSULTANTS)) {
			return false;
		}
		if (ticket.getConsultant() != null) {
			return ticket.getConsultant().equals(this.user);
		}
		return ticket.getAssignmentPool() != null && this.groups.contains(ticket.getAssignmentPool());
	}

}
