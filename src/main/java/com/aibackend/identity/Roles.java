package com.aibackend.identity;

import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;

/**
 * The four roles, each a Camunda group: people get a role by joining its group, in
 * Camunda Admin or through the single sign-on provider's group claim.
 */
public final class Roles {

	/**
	 * Take in messages, triage, complete missing information, dispatch any open ticket.
	 */
	public static final String AGENTS = "agents";

	/** Work their own tickets and their pools' unassigned ones. */
	public static final String CONSULTANTS = "consultants";

	/** Read everything, change nothing. */
	public static final String ANALYSTS = "analysts";

	/** Everything, including users, authorisations, rules and deployments. */
	public static final String ADMINS = Groups.CAMUNDA_ADMIN;

	/** A Camunda group {@code g} is the Spring Security authority {@code GROUP_g}. */
	public static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

	public static final List<String> ALL = List.of(AGENTS, CONSULTANTS, ANALYSTS, ADMINS);

	private Roles() {
	}

}
