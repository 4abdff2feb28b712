package com.aibackend.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.authorization.Groups;

import org.springframework.security.core.GrantedAuthority;

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

	/**
	 * A metrics scraper (Prometheus): reads {@code /actuator/prometheus}, nothing else.
	 */
	public static final String MONITORING = "monitoring";

	/** Everything, including users, authorisations, rules and deployments. */
	public static final String ADMINS = Groups.CAMUNDA_ADMIN;

	/** A Camunda group {@code g} is the Spring Security authority {@code GROUP_g}. */
	public static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

	public static final List<String> ALL = List.of(AGENTS, CONSULTANTS, ANALYSTS, MONITORING, ADMINS);

	private Roles() {
	}

	/**
	 * The Camunda groups behind Spring Security authorities ({@code GROUP_agents} →
	 * {@code agents}).
	 */
	public static Set<String> groupsOf(Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith(GROUP_AUTHORITY_PREFIX))
			.map((authority) -> authority.substring(GROUP_AUTHORITY_PREFIX.length()))
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
