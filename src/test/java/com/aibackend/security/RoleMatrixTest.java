package com.aibackend.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The role table's API rows: each endpoint answers each role as the table says, refusals
 * store nothing.
 */
class RoleMatrixTest extends RoleMatrix {

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

}
