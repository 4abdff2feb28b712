package com.aibackend.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The README's role table, cell by cell: each role against each API endpoint, each webapp
 * login and the engine resources it touches, with the exact status and, for refusals,
 * proof that nothing changed.
 *
 * <p>
 * Its own context: Camunda's webapps and REST API find the engine by name in a JVM-wide
 * registry, where the context started last wins, so a context shared with earlier classes
 * could answer with another test's engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:role-matrix;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"logging.level.org.camunda.bpm.engine.rest.exception=off",
				"camunda.bpm.generic-properties.properties.enable-cmd-exception-logging=false" })
class RoleMatrixTest {

	enum Role {

		ANONYMOUS(null, null), AGENT("agent@example.com", "agent123"), CONSULTANT("frank@example.com", "consultant123"),
		ANALYST("analyst@example.com", "analyst123"), ADMIN("admin@example.com", "admin123");

		final String user;

		final String password;

		Role(String user, String password) {
			this.user = user;
			this.password = password;
		}

	}

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@LocalServerPort
	int port;

	private String conversationId;

	private String ticketId;

	@BeforeEach
	void aTicketForAlicesPool() {
		this.conversationId = submit("My name is Tim Berger from Berger Logistics. The VPN drops every few minutes "
				+ "since this morning, nobody in the office can reach the file server.");
		await().atMost(PATIENCE)
			.until(() -> read(Role.AGENT, "/api/conversations/" + this.conversationId, "$.ticketId") != null);
		this.ticketId = read(Role.AGENT, "/api/conversations/" + this.conversationId, "$.ticketId");
	}

	@Test
	void everyApiEndpointAnswersEachRoleAsTheTableSays() {
		String ticket = "/api/tickets/" + this.ticketId;
		String conversation = "/api/conversations/" + this.conversationId;
		// anonymous, agent, consultant, analyst, admin
		List<Row> rows = List.of(new Row(HttpMethod.GET, "/actuator/health", 200, 200, 200, 200, 200),
				new Row(HttpMethod.GET, "/actuator/metrics", 401, 403, 403, 403, 200),
				new Row(HttpMethod.GET, "/api/tickets", 401, 200, 200, 200, 200),
				new Row(HttpMethod.GET, ticket, 401, 200, 200, 200, 200),
				new Row(HttpMethod.GET, "/api/conversations", 401, 200, 200, 200, 200),
				new Row(HttpMethod.GET, conversation, 401, 200, 200, 200, 200),
				new Row(HttpMethod.GET, "/api/payloads", 401, 200, 403, 200, 200),
				new Row(HttpMethod.GET, "/api/triage-decisions", 401, 200, 403, 200, 200),
				new Row(HttpMethod.GET, "/api/triage-decisions/training-data.csv", 401, 200, 403, 200, 200),
				new Row(HttpMethod.GET, "/api/bot", 401, 200, 403, 200, 200),
				new Row(HttpMethod.GET, "/api/audit", 401, 403, 403, 200, 200),
				new Row(HttpMethod.GET, "/api/me", 401, 200, 200, 200, 200),
				new Row(HttpMethod.GET, "/api/consultants", 401, 200, 200, 200, 200),
				new Row(HttpMethod.GET, "/api/consultants/alice@example.com", 401, 200, 200, 200, 200),
				new Row(HttpMethod.GET, "/api/rules", 401, 403, 403, 200, 200),
				new Row(HttpMethod.GET, "/api/rules/versions", 401, 403, 403, 200, 200),
				new Row(HttpMethod.POST, "/api/bot/retrain", 401, 403, 403, 403, 202),
				new Row(HttpMethod.DELETE, ticket, 401, 403, 403, 403, 405),
				new Row(HttpMethod.GET, "/api/no-such-thing", 401, 404, 404, 404, 404),
				// A channel that is not configured is off for everybody.
				new Row(HttpMethod.POST, "/webhooks/whatsapp", 404, 404, 404, 404, 404));
		List<String> mismatches = new ArrayList<>();
		for (Row row : rows) {
			for (Role role : Role.values()) {
				ResponseEntity<String> response = call(role, row.method(), row.path(), null);
				int expected = row.expected()[role.ordinal()];
				if (response.getStatusCode().value() != expected) {
					mismatches.add("%s %s as %s: %d, expected %d".formatted(row.method(), row.path(), role,
							response.getStatusCode().value(), expected));
				}
				if (expected >= 400) {
					assertProblem(response);
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void onlyAgentsAndAdminsSubmitMessagesAndRefusedOnesLeaveNoTrace() {
		for (Role role : List.of(Role.ANONYMOUS, Role.CONSULTANT, Role.ANALYST)) {
			String sender = "refused-" + UUID.randomUUID() + "@example.com";
			ResponseEntity<String> response = call(role, HttpMethod.POST, "/api/messages", message(sender));
			assertThat(response.getStatusCode().value()).isEqualTo((role == Role.ANONYMOUS) ? 401 : 403);
			assertProblem(response);
			assertThat(this.<List<?>>read(Role.ADMIN, "/api/conversations?sender=" + sender, "$")).isEmpty();

			int before = this.<List<?>>read(Role.ADMIN, "/api/conversations/" + this.conversationId, "$.messages")
				.size();
			ResponseEntity<String> reply = call(role, HttpMethod.POST,
					"/api/conversations/" + this.conversationId + "/messages", "{\"text\":\"More details\"}");
			assertThat(reply.getStatusCode().value()).isEqualTo((role == Role.ANONYMOUS) ? 401 : 403);
			assertThat(this.<List<?>>read(Role.ADMIN, "/api/conversations/" + this.conversationId, "$.messages"))
				.hasSize(before);
		}
		for (Role role : List.of(Role.AGENT, Role.ADMIN)) {
			String sender = "accepted-" + UUID.randomUUID() + "@example.com";
			assertThat(call(role, HttpMethod.POST, "/api/messages", message(sender)).getStatusCode().value())
				.isEqualTo(202);
		}
	}

	@Test
	void aConsultantChangesOnlyTheirOwnTicketsAndTheirPoolsUnassignedOnes() {
		String owner = read(Role.AGENT, "/api/tickets/" + this.ticketId, "$.consultant");
		assertThat(owner).isIn("alice@example.com", "bob@example.com", "carol@example.com");
		String poolMate = List.of("alice@example.com", "bob@example.com", "carol@example.com")
			.stream()
			.filter((consultant) -> !consultant.equals(owner))
			.findFirst()
			.orElseThrow();

		// Frank (software team) and a pool mate may not touch the owner's ticket.
		for (String other : List.of("frank@example.com", poolMate)) {
			ResponseEntity<String> refused = patch(other, "consultant123", "IN_PROGRESS");
			assertThat(refused.getStatusCode().value()).isEqualTo(403);
			assertProblem(refused);
			assertThat(refused.getBody()).contains("assigned to another consultant");
			assertThat(this.<String>read(Role.AGENT, "/api/tickets/" + this.ticketId, "$.status")).isEqualTo("NEW");
		}
		ResponseEntity<String> analyst = call(Role.ANALYST, HttpMethod.PATCH, "/api/tickets/" + this.ticketId,
				"{\"status\":\"IN_PROGRESS\"}");
		assertThat(analyst.getStatusCode().value()).isEqualTo(403);
		assertThat(this.<String>read(Role.AGENT, "/api/tickets/" + this.ticketId, "$.status")).isEqualTo("NEW");

		assertThat(patch(owner, "consultant123", "IN_PROGRESS").getStatusCode().value()).isEqualTo(200);

		// Given back to the pool in Tasklist: any pool member may take it on, nobody
		// else.
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(read(Role.AGENT, "/api/tickets/" + this.ticketId, "$.processInstanceId"))
			.singleResult();
		this.taskService.setAssignee(task.getId(), null);
		assertThat(this.<String>read(Role.AGENT, "/api/tickets/" + this.ticketId, "$.consultant")).isNull();
		ResponseEntity<String> outsider = patch("frank@example.com", "consultant123", "CLOSED");
		assertThat(outsider.getStatusCode().value()).isEqualTo(403);
		assertThat(outsider.getBody()).contains("pool you are not in");
		assertThat(patch(poolMate, "consultant123", "CLOSED").getStatusCode().value()).isEqualTo(200);
		assertThat(this.<String>read(Role.AGENT, "/api/tickets/" + this.ticketId, "$.status")).isEqualTo("CLOSED");
	}

	@Test
	void agentsDispatchAnyOpenTicketAndEveryChangeIsAudited() {
		assertThat(call(Role.AGENT, HttpMethod.PATCH, "/api/tickets/" + this.ticketId, "{\"status\":\"IN_PROGRESS\"}")
			.getStatusCode()
			.value()).isEqualTo(200);

		List<Map<String, Object>> audit = read(Role.ANALYST, "/api/audit?entity=Ticket&entityId=" + this.ticketId, "$");
		assertThat(audit).anySatisfy((entry) -> {
			assertThat(entry).containsEntry("user", "agent@example.com")
				.containsEntry("action", "status")
				.containsEntry("detail", "NEW -> IN_PROGRESS");
			assertThat(entry.get("at")).isNotNull();
		});
		assertThat(this.<List<?>>read(Role.ANALYST, "/api/audit?entity=Ticket&user=nobody@example.com", "$")).isEmpty();
	}

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
	void aProbeWithOddIdsAndBodiesFindsNoWayInAndLeaksNoInternals() throws Exception {
		List<ResponseEntity<String>> answers = new ArrayList<>();
		for (String id : List.of("TCK-99999999", "1%20OR%201=1", "..%2F..%2Fetc%2Fpasswd", "%27%3B%20drop%20table")) {
			ResponseEntity<String> response = call(Role.AGENT, HttpMethod.GET, "/api/tickets/" + id, null);
			assertThat(response.getStatusCode().value()).as(id).isIn(400, 404);
			answers.add(response);
		}
		String sender = "probe-" + UUID.randomUUID() + "@example.com";
		String oversized = "{\"channel\":\"API\",\"sender\":{\"address\":\"%s\"},\"text\":\"%s\"}".formatted(sender,
				"x".repeat(300_000));
		ResponseEntity<String> tooLarge = call(Role.AGENT, HttpMethod.POST, "/api/messages", oversized);
		assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
		answers.add(tooLarge);

		// Streamed without a declared length, the same body is cut off as well.
		HttpResponse<String> streamed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/messages"))
				.header("Authorization", basicAuthorization(Role.AGENT))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofInputStream(() -> new ByteArrayInputStream(oversized.getBytes(StandardCharsets.UTF_8))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(streamed.statusCode()).isEqualTo(413);
		assertThat(streamed.body()).contains("\"detail\"").doesNotContain("Exception");

		answers.add(call(Role.AGENT, HttpMethod.POST, "/api/messages", "{\"channel\":"));
		answers.add(call(Role.AGENT, HttpMethod.POST, "/api/messages", "{\"channel\":42,\"sender\":\"x\"}"));
		answers.add(call(Role.AGENT, HttpMethod.PATCH, "/api/tickets/" + this.ticketId, "{\"status\":\"DONE\"}"));
		HttpHeaders xml = new HttpHeaders();
		xml.setContentType(MediaType.APPLICATION_XML);
		ResponseEntity<String> wrongType = this.http.withBasicAuth(Role.AGENT.user, Role.AGENT.password)
			.exchange("/api/messages", HttpMethod.POST, new HttpEntity<>("<message/>", xml), String.class);
		assertThat(wrongType.getStatusCode().value()).isEqualTo(415);
		answers.add(wrongType);

		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getBody()).isTrue();
			assertProblem(answer);
			assertThat(answer.getBody()).doesNotContain("SQL", "java.", "at com.", "Jackson", "stack");
		});
		assertThat(this.<List<?>>read(Role.ADMIN, "/api/conversations?sender=" + sender, "$")).isEmpty();
		assertThat(this.<String>read(Role.AGENT, "/api/tickets/" + this.ticketId, "$.status")).isEqualTo("NEW");
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

	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
	}

	/**
	 * Logs in to a webapp as the browser does and answers the session's CSRF token for
	 * the requests that follow.
	 */
	private String webappSession(HttpClient browser, Role role, String app) throws Exception {
		HttpResponse<String> page = browser.send(get("/camunda/app/" + app + "/default/"),
				HttpResponse.BodyHandlers.ofString());
		String loginToken = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		HttpResponse<String> login = browser.send(HttpRequest
			.newBuilder(
					URI.create("http://localhost:" + this.port + "/camunda/api/admin/auth/user/default/login/" + app))
			.header("X-XSRF-TOKEN", loginToken)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=%s&password=%s"
				.formatted(java.net.URLEncoder.encode(role.user, StandardCharsets.UTF_8), role.password)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		// The login starts a new session with a token of its own.
		return browser.send(get("/camunda/api/admin/auth/user/default"), HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("X-XSRF-TOKEN")
			.orElseThrow();
	}

	private HttpResponse<String> webappPost(HttpClient browser, String token, String path, String json)
			throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-XSRF-TOKEN", token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
	}

	private static String basicAuthorization(Role role) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((role.user + ":" + role.password).getBytes(StandardCharsets.UTF_8));
	}

	private ResponseEntity<String> patch(String user, String password, String status) {
		return this.http.withBasicAuth(user, password)
			.exchange("/api/tickets/" + this.ticketId, HttpMethod.PATCH, json("{\"status\":\"%s\"}".formatted(status)),
					String.class);
	}

	/**
	 * Logs in as the browser does: the first page sets the session and CSRF cookies, the
	 * login sends the token back.
	 */
	private ResponseEntity<String> webappLogin(Role role, String app) {
		ResponseEntity<String> page = this.http.getForEntity("/camunda/app/" + app + "/default/", String.class);
		List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		cookies.stream().map((cookie) -> cookie.split(";", 2)[0]).forEach((cookie) -> {
			headers.add(HttpHeaders.COOKIE, cookie);
			if (cookie.startsWith("XSRF-TOKEN=")) {
				headers.add("X-XSRF-TOKEN", cookie.substring("XSRF-TOKEN=".length()));
			}
		});
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", role.user);
		form.add("password", role.password);
		return this.http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
				new HttpEntity<>(form, headers), String.class);
	}

	private ResponseEntity<String> deploy(Role role, String name) {
		String dmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d_%1$s" name="%1$s" namespace="test">
				  <decision id="role_test_%1$s" name="Role test">
				    <decisionTable id="t"><output id="o" typeRef="string"/>
				      <rule id="r"><outputEntry id="e"><text>"ok"</text></outputEntry></rule>
				    </decisionTable>
				  </decision>
				</definitions>
				"""
			.formatted(name.replaceAll("[^A-Za-z0-9]", "_"));
		return deploy(role, name, dmn);
	}

	private ResponseEntity<String> deploy(Role role, String name, String dmn) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("deployment-name", name);
		parts.add("data", new ByteArrayResource(dmn.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "role-test.dmn";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return authenticated(role).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers),
				String.class);
	}

	private ResponseEntity<String> createUser(Role role, String id) {
		return call(role, HttpMethod.POST, "/engine-rest/user/create", """
				{"profile":{"id":"%s","firstName":"New","lastName":"Person","email":"%s@example.com"},
				 "credentials":{"password":"Str0ng-Passw0rd!"}}
				""".formatted(id, id));
	}

	private String submit(String text) {
		ResponseEntity<String> accepted = call(Role.AGENT, HttpMethod.POST, "/api/messages",
				"{\"channel\":\"API\",\"sender\":{\"address\":\"%s\"},\"text\":\"%s\"}"
					.formatted("roles-" + UUID.randomUUID() + "@example.com", text));
		assertThat(accepted.getStatusCode().value()).isEqualTo(202);
		return JsonPath.read(accepted.getBody(), "$.conversationId");
	}

	private static String message(String sender) {
		return "{\"channel\":\"API\",\"sender\":{\"address\":\"%s\"},\"text\":\"My laptop screen flickers\"}"
			.formatted(sender);
	}

	private <T> T read(Role role, String path, String jsonPath) {
		ResponseEntity<String> response = call(role, HttpMethod.GET, path, null);
		assertThat(response.getStatusCode().value()).as("GET %s", path).isEqualTo(200);
		// A missing field reads as null: the API leaves out empty values.
		return JsonPath.using(Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS))
			.parse(response.getBody())
			.read(jsonPath);
	}

	private ResponseEntity<String> call(Role role, HttpMethod method, String path, String body) {
		return authenticated(role).exchange(path, method, json(body), String.class);
	}

	private TestRestTemplate authenticated(Role role) {
		return (role.user != null) ? this.http.withBasicAuth(role.user, role.password) : this.http;
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private static void assertProblem(ResponseEntity<String> response) {
		assertThat(response.getHeaders().getContentType()).isNotNull();
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as("problem+json for %s", response.getStatusCode())
			.isTrue();
		assertThat(response.getBody()).contains("\"detail\"")
			.doesNotContain("Exception")
			.doesNotContain("org.")
			.doesNotContain("static resource");
	}

	record Row(HttpMethod method, String path, int... expected) {
	}

}
