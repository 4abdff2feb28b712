package com.aibackend.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * The role table's webapp and engine rows: each role opens exactly its webapps, engine
 * resources follow the roles, logins lock after wrong passwords.
 */
// A context of its own (see RoleMatrix).
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:webapp-roles;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class WebappRolesTest extends RoleMatrix {

	@Test
	void eachRoleOpensExactlyItsWebapps() {
		// tasklist, cockpit, admin
		Map<Role, int[]> expected = Map.of(Role.AGENT, new int[] { 200, 403, 403 }, Role.CONSULTANT,
				new int[] { 200, 403, 403 }, Role.ANALYST, new int[] { 403, 200, 403 }, Role.ADMIN,
				new int[] { 200, 200, 200 });
		List<String> apps = List.of("tasklist", "cockpit", "admin");
		List<String> mismatches = new ArrayList<>();
		expected.forEach((role, statuses) -> {
			for (int i = 0; i < apps.size(); i++) {
				ResponseEntity<String> login = webappLogin(role, apps.get(i));
				int status = login.getStatusCode().value();
				if (status != statuses[i]) {
					mismatches.add("%s in %s: %d, expected %d (%s)".formatted(role, apps.get(i), status, statuses[i],
							login.getBody()));
				}
			}
		});
		assertThat(mismatches).isEmpty();
		assertThat(webappLogin(Role.ADMIN, "admin").getBody()).contains("admin@example.com");
	}

	@Test
	void engineResourcesFollowTheRoles() {
		// Deployments and users: admins only.
		for (Role role : List.of(Role.AGENT, Role.CONSULTANT, Role.ANALYST)) {
			assertThat(deploy(role, "refused-" + role).getStatusCode().value()).as("deploy as %s", role).isEqualTo(403);
			assertThat(createUser(role, "made-by-" + role.name().toLowerCase()).getStatusCode().value())
				.as("create user as %s", role)
				.isEqualTo(403);
		}
		assertThat(this.<List<?>>read(Role.ADMIN, "/engine-rest/deployment?nameLike=refused-%25", "$")).isEmpty();
		for (Role role : List.of(Role.AGENT, Role.CONSULTANT, Role.ANALYST)) {
			assertThat(this.<List<?>>read(Role.ADMIN, "/engine-rest/user?id=made-by-" + role.name().toLowerCase(), "$"))
				.isEmpty();
		}
		assertThat(deploy(Role.ADMIN, "role-test-" + UUID.randomUUID()).getStatusCode().value()).isEqualTo(200);

		// Analysts read the engine: running and finished instances, history.
		String processInstanceId = read(Role.AGENT, "/api/tickets/" + this.ticketId, "$.processInstanceId");
		assertThat(this.<List<?>>read(Role.ANALYST,
				"/engine-rest/process-instance?processInstanceIds=" + processInstanceId, "$"))
			.hasSize(1);
		assertThat(this.<List<?>>read(Role.ANALYST,
				"/engine-rest/history/activity-instance?processInstanceId=" + processInstanceId, "$"))
			.isNotEmpty();
		assertThat(this.<List<?>>read(Role.ANALYST, "/engine-rest/decision-definition", "$")).isNotEmpty();

		// Starting the process: agents and admins.
		for (Role role : List.of(Role.CONSULTANT, Role.ANALYST)) {
			assertThat(call(role, HttpMethod.POST, "/engine-rest/process-definition/key/ticket-intake/start",
					"{\"variables\":{\"channel\":{\"value\":\"EMAIL\"},\"senderAddress\":{\"value\":\"x@example.com\"},"
							+ "\"text\":{\"value\":\"My printer is broken\"}}}")
				.getStatusCode()
				.value()).as("start as %s", role).isEqualTo(403);
		}

		// The ticket's task: neither an analyst nor a consultant of another pool may
		// complete it; a job's retries (as after an incident) are for admins.
		Task task = this.taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		for (Role role : List.of(Role.ANALYST, Role.CONSULTANT)) {
			int status = call(role, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
					"{\"variables\":{\"ticketStatus\":{\"value\":\"CLOSED\"}}}")
				.getStatusCode()
				.value();
			assertThat(status).as("complete as %s", role).isIn(403, 404);
		}
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

		String waiting = submit("Hello, it does not work");
		await().atMost(PATIENCE)
			.until(() -> "WAITING_FOR_INFO".equals(read(Role.AGENT, "/api/conversations/" + waiting, "$.status")));
		String jobs = "/engine-rest/job?processInstanceId="
				+ read(Role.AGENT, "/api/conversations/" + waiting, "$.processInstanceId");
		String jobId = this.<List<String>>read(Role.ADMIN, jobs, "$[*].id").get(0);
		for (Role role : List.of(Role.AGENT, Role.CONSULTANT, Role.ANALYST)) {
			assertThat(call(role, HttpMethod.PUT, "/engine-rest/job/" + jobId + "/retries", "{\"retries\":7}")
				.getStatusCode()
				.value()).as("retries as %s", role).isEqualTo(403);
		}
		assertThat(this.<Integer>read(Role.ADMIN, "/engine-rest/job/" + jobId, "$.retries")).isNotEqualTo(7);
		assertThat(call(Role.ADMIN, HttpMethod.PUT, "/engine-rest/job/" + jobId + "/retries", "{\"retries\":7}")
			.getStatusCode()
			.value()).isEqualTo(204);
	}

	@Test
	void theDemoAdminCreatesAUserAndTheAuditShowsWhoDidIt() {
		String id = "new-agent-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(createUser(Role.ADMIN, id).getStatusCode().value()).isEqualTo(204);
		assertThat(call(Role.ADMIN, HttpMethod.PUT, "/engine-rest/group/agents/members/" + id, null).getStatusCode()
			.value()).isEqualTo(204);

		ResponseEntity<String> asNewUser = this.http.withBasicAuth(id, "Str0ng-Passw0rd!")
			.getForEntity("/api/conversations?limit=1", String.class);
		assertThat(asNewUser.getStatusCode().value()).isEqualTo(200);

		List<Map<String, Object>> audit = read(Role.ADMIN, "/api/audit?user=admin@example.com", "$");
		assertThat(audit)
			.anySatisfy((entry) -> assertThat(entry).containsEntry("entity", "User").containsEntry("action", "Create"));
		assertThat(audit).anySatisfy((entry) -> assertThat(entry).containsEntry("entity", "Group membership")
			.containsEntry("detail", "groupId: null -> agents"));
	}

	@Test
	void repeatedWrongPasswordsLockTheLoginForAWhileAlsoForTheApi() {
		String user = "lockout-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		org.camunda.bpm.engine.identity.User person = this.identityService.newUser(user);
		person.setPassword("Right-Passw0rd!");
		this.identityService.saveUser(person);
		this.identityService.createMembership(user, "agents");

		ResponseEntity<String> wrong = this.http.withBasicAuth(user, "guess")
			.getForEntity("/api/tickets", String.class);
		assertThat(wrong.getStatusCode().value()).isEqualTo(401);
		assertProblem(wrong);
		// Locked right after the failure: even the right password is refused, with the
		// same answer, so a guesser learns nothing.
		ResponseEntity<String> locked = this.http.withBasicAuth(user, "Right-Passw0rd!")
			.getForEntity("/api/tickets", String.class);
		assertThat(locked.getStatusCode().value()).isEqualTo(401);
		assertThat(locked.getBody()).isEqualTo(wrong.getBody());
		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> this.http.withBasicAuth(user, "Right-Passw0rd!")
				.getForEntity("/api/tickets", String.class)
				.getStatusCode()
				.value() == 200);
	}

	@Test
	void modelsWithExternalEntitiesAreRefusedUnread() {
		String name = "xxe-" + UUID.randomUUID();
		String dmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE definitions [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="xxe" name="&secret;" namespace="test">
				  <decision id="xxe_decision" name="&secret;">
				    <decisionTable id="t"><output id="o" typeRef="string"/>
				      <rule id="r"><outputEntry id="e"><text>"ok"</text></outputEntry></rule>
				    </decisionTable>
				  </decision>
				</definitions>
				""";
		// Camunda's REST API answers a model it cannot parse with its own error (500).
		ResponseEntity<String> response = deploy(Role.ADMIN, name, dmn);
		assertThat(response.getStatusCode().isError()).as(response.getBody()).isTrue();
		assertThat(response.getBody()).doesNotContain("root:");
		assertThat(this.<List<?>>read(Role.ADMIN, "/engine-rest/deployment?name=" + name, "$")).isEmpty();
	}

	@Test
	void theDemoAdminCreatesAUserInCamundaAdminAndAnAnalystInCockpitCannot() throws Exception {
		String id = "admin-made-" + UUID.randomUUID().toString().substring(0, 8);
		String user = """
				{"profile":{"id":"%s","firstName":"New","lastName":"Person","email":"new@example.com"},
				 "credentials":{"password":"Str0ng-Passw0rd!"}}""".formatted(id);

		HttpClient admin = browser();
		String token = webappSession(admin, Role.ADMIN, "admin");
		assertThat(webappPost(admin, token, "/camunda/api/engine/engine/default/user/create", user).statusCode())
			.isEqualTo(204);
		assertThat(this.identityService.createUserQuery().userId(id).count()).isOne();

		HttpClient analyst = browser();
		String analystToken = webappSession(analyst, Role.ANALYST, "cockpit");
		String other = user.replace(id, id + "-analyst");
		assertThat(
				webappPost(analyst, analystToken, "/camunda/api/engine/engine/default/user/create", other).statusCode())
			.isEqualTo(403);
		assertThat(this.identityService.createUserQuery().userId(id + "-analyst").count()).isZero();
	}

}
