package com.aibackend.identity;

import static com.aibackend.identity.Roles.ADMINS;
import static com.aibackend.identity.Roles.AGENTS;
import static com.aibackend.identity.Roles.ANALYSTS;
import static com.aibackend.identity.Roles.MONITORING;
import static com.aibackend.identity.Roles.CONSULTANTS;

import com.aibackend.process.TicketIntakeProcess;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every install, demo or not, gets the four role groups and their grants in the engine,
 * so that an operator only adds people to groups. Grants that exist are left alone: an
 * admin's later changes in Camunda Admin survive restarts.
 */
@Component
class RoleGrants {

	private static final String ANY = Authorization.ANY;

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	RoleGrants(IdentityService identityService, AuthorizationService authorizationService) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void create() {
		group(AGENTS, "Agents");
		group(CONSULTANTS, "Consultants");
		group(ANALYSTS, "Analysts");
		group(MONITORING, "Monitoring");
		group(ADMINS, "Camunda administrators");

		// Admins: everything, as Camunda's own first-admin setup grants it.
		for (Resource resource : Resources.values()) {
			grant(ADMINS, resource, ANY, Permissions.ALL);
		}

		String process = TicketIntakeProcess.KEY;
		grant(AGENTS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(AGENTS, Resources.PROCESS_DEFINITION, process, Permissions.READ, Permissions.CREATE_INSTANCE,
				Permissions.READ_INSTANCE, Permissions.READ_TASK, Permissions.UPDATE_TASK, Permissions.READ_HISTORY);
		grant(AGENTS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
		grant(AGENTS, Resources.USER, ANY, Permissions.READ);
		grant(AGENTS, Resources.GROUP, ANY, Permissions.READ);

		// Consultants see and work the tasks of their pools and their own through the
		// tasks' candidate groups and assignee, which the engine authorises per task.
		grant(CONSULTANTS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(CONSULTANTS, Resources.PROCESS_DEFINITION, process, Permissions.READ, Permissions.READ_HISTORY);
		grant(CONSULTANTS, Resources.USER, ANY, Permissions.READ);
		grant(CONSULTANTS, Resources.GROUP, ANY, Permissions.READ);

		// Analysts: Cockpit, read-only.
		grant(ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(ANALYSTS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
				Permissions.READ_TASK, Permissions.READ_HISTORY);
		grant(ANALYSTS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
		grant(ANALYSTS, Resources.TASK, ANY, Permissions.READ);
		grant(ANALYSTS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
		grant(ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
		grant(ANALYSTS, Resources.DEPLOYMENT, ANY, Permissions.READ);
		grant(ANALYSTS, Resources.BATCH, ANY, Permissions.READ, Permissions.READ_HISTORY);
		grant(ANALYSTS, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
		grant(ANALYSTS, Resources.USER, ANY, Permissions.READ);
		grant(ANALYSTS, Resources.GROUP, ANY, Permissions.READ);
	}

	private void group(String id, String name) {
		if (this.identityService.createGroupQuery().groupId(id).count() == 0) {
			Group group = this.identityService.newGroup(id);
			group.setName(name);
			group.setType(ADMINS.equals(id) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
			this.identityService.saveGroup(group);
		}
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

}
