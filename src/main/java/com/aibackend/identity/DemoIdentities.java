package com.aibackend.identity;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo logins for a local run: an admin, an agent, an analyst and consultants in one
 * group per service. Created only when {@code aibackend.demo.enabled} is true, and said
 * loudly in the log.
 */
@Component
@ConditionalOnProperty(name = "aibackend.demo.enabled", havingValue = "true")
@Order(1)
class DemoIdentities {

	private static final Logger log = LoggerFactory.getLogger(DemoIdentities.class);

	static final String AGENTS = "agents";

	static final String CONSULTANTS = "consultants";

	static final String ANALYSTS = "analysts";

	private static final List<DemoGroup> GROUPS = List.of(new DemoGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators"),
			new DemoGroup(AGENTS, "Agents"), new DemoGroup(ANALYSTS, "Analysts"),
			new DemoGroup(CONSULTANTS, "All consultants"), new DemoGroup("network-team", "Network & VPN team"),
			new DemoGroup("email-team", "E-mail & Calendar team"), new DemoGroup("hardware-team", "Hardware team"),
			new DemoGroup("access-team", "Accounts & Access team"), new DemoGroup("billing-team", "Billing team"),
			new DemoGroup("software-team", "Software & Licences team"));

	private static final List<DemoUser> USERS = List.of(
			new DemoUser("admin@example.com", "admin123", "Ada", "Admin", List.of(Groups.CAMUNDA_ADMIN, AGENTS)),
			new DemoUser("agent@example.com", "agent123", "Aaron", "Agent", List.of(AGENTS)),
			new DemoUser("analyst@example.com", "analyst123", "Anna", "Analyst", List.of(ANALYSTS)),
			new DemoUser("alice@example.com", "consultant123", "Alice", "Network",
					List.of(CONSULTANTS, "network-team", "email-team")),
			new DemoUser("bob@example.com", "consultant123", "Bob", "Hardware",
					List.of(CONSULTANTS, "network-team", "hardware-team")),
			new DemoUser("carol@example.com", "consultant123", "Carol", "Access",
					List.of(CONSULTANTS, "network-team", "access-team")),
			new DemoUser("dave@example.com", "consultant123", "Dave", "Billing",
					List.of(CONSULTANTS, "billing-team", "access-team")),
			new DemoUser("erin@example.com", "consultant123", "Erin", "Software",
					List.of(CONSULTANTS, "hardware-team", "software-team", "email-team")),
			new DemoUser("frank@example.com", "consultant123", "Frank", "Software",
					List.of(CONSULTANTS, "software-team")));

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	DemoIdentities(IdentityService identityService, AuthorizationService authorizationService) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
	}

	@EventListener(ApplicationReadyEvent.class)
	void create() {
		GROUPS.forEach(this::group);
		USERS.forEach(this::user);
		grant(AGENTS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(AGENTS, Resources.PROCESS_DEFINITION, "ticket-intake", Permissions.READ, Permissions.CREATE_INSTANCE,
				Permissions.READ_INSTANCE, Permissions.READ_TASK, Permissions.UPDATE_TASK, Permissions.READ_HISTORY);
		grant(AGENTS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
		grant(AGENTS, Resources.USER, "*", Permissions.READ);
		grant(AGENTS, Resources.GROUP, "*", Permissions.READ);
		grant(CONSULTANTS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(CONSULTANTS, Resources.PROCESS_DEFINITION, "ticket-intake", Permissions.READ, Permissions.READ_TASK,
				Permissions.READ_HISTORY);
		grant(CONSULTANTS, Resources.USER, "*", Permissions.READ);
		grant(CONSULTANTS, Resources.GROUP, "*", Permissions.READ);
		grant(ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(ANALYSTS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
				Permissions.READ_TASK, Permissions.READ_HISTORY);
		grant(ANALYSTS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
		grant(ANALYSTS, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
		grant(ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
		grant(ANALYSTS, Resources.DEPLOYMENT, "*", Permissions.READ);
		log.warn("""

				**********************************************************************
				*  DEMO USERS ARE ACTIVE (aibackend.demo.enabled=true).               *
				*  admin@example.com/admin123, agent@example.com/agent123,            *
				*  analyst@example.com/analyst123, consultants .../consultant123.     *
				*  Never run like this in production: set DEMO_ENABLED=false.         *
				**********************************************************************""");
	}

	private void group(DemoGroup demo) {
		if (this.identityService.createGroupQuery().groupId(demo.id()).count() == 0) {
			Group group = this.identityService.newGroup(demo.id());
			group.setName(demo.name());
			group.setType(Groups.GROUP_TYPE_WORKFLOW);
			this.identityService.saveGroup(group);
		}
	}

	private void user(DemoUser demo) {
		if (this.identityService.createUserQuery().userId(demo.id()).count() > 0) {
			return;
		}
		User user = this.identityService.newUser(demo.id());
		user.setFirstName(demo.firstName());
		user.setLastName(demo.lastName());
		user.setEmail(demo.id());
		user.setPassword(demo.password());
		this.identityService.saveUser(user);
		demo.groups().forEach((group) -> this.identityService.createMembership(demo.id(), group));
	}

	private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
		boolean present = this.authorizationService.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0;
		if (present) {
			return;
		}
		Authorization authorization = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		this.authorizationService.saveAuthorization(authorization);
	}

	private record DemoGroup(String id, String name) {
	}

	private record DemoUser(String id, String password, String firstName, String lastName, List<String> groups) {
	}

}
