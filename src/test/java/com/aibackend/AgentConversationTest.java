package com.aibackend;

import static com.aibackend.ChannelPeers.uniqueWaId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.aibackend.process.TicketIntakeProcess;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The ticket side of the conversation: follow-ups from any channel land on the open
 * ticket, a closed ticket reopens, internal notes and canned responses, triage refusals,
 * task priorities and search.
 */
class AgentConversationTest extends AgentConversationScenarios {

	@Test
	void aFollowUpByRestFromASenderWithAnOpenTicketIsACommentOnIt() {
		String sender = "rest-" + UUID.randomUUID().toString().substring(0, 8) + "@acme-industries.com";
		String conversation = restMessage(sender,
				"Hello, I am Tom Baker from Acme Industries. The printer on floor 3 jams on every page since Monday.");
		String ticket = this.api.awaitTicket(conversation);

		String again = restMessage(sender, "It now also jams on floor 4.");
		assertThat(again).isEqualTo(conversation);
		assertThat(this.api.list("/api/conversations?sender=" + sender)).hasSize(1);
		assertThat(this.api.list("/api/tickets?q=" + sender)).hasSize(1);
		assertThat(this.api.list("/api/tickets/" + ticket + "/comments")).singleElement()
			.satisfies((comment) -> assertThat(comment.get("text")).isEqualTo("It now also jams on floor 4."));
		assertThat(this.api.list("/api/tickets/" + ticket + "/timeline"))
			.anySatisfy((entry) -> assertThat(entry).containsEntry("kind", "CUSTOMER_MESSAGE")
				.containsEntry("text", "It now also jams on floor 4."));
		// The consultant's task shows the new message.
		assertThat(this.taskService.getVariableLocal(workTask(ticket).getId(), "timeline")).asString()
			.contains("It now also jams on floor 4.");
	}

	@Test
	void aWhatsAppMessageFromTheSenderOfAnOpenRestTicketLandsOnIt() throws IOException {
		String waId = uniqueWaId();
		String conversation = restMessage(waId,
				"Hello, I am Tom Baker from Acme Industries. The printer on floor 3 jams on every page since Monday.");
		String ticket = this.api.awaitTicket(conversation);

		byte[] followUp = whatsApp(waId, "wamid.IN-" + UUID.randomUUID(), "Any news about the printer?");
		assertThat(postWhatsApp(followUp).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(await().atMost(AgentApi.PATIENCE)
			.until(() -> this.api.list("/api/tickets/" + ticket + "/comments"), (comments) -> !comments.isEmpty()))
			.singleElement()
			.satisfies((comment) -> assertThat(comment.get("text")).isEqualTo("Any news about the printer?"));
		assertThat(this.api.list("/api/conversations?sender=" + waId)).hasSize(1);
	}

	@Test
	void aMessageSoonAfterClosingReopensTheTicketForTheSameConsultantAndLaterOnesStartANewConversation() {
		String sender = "reopen-" + UUID.randomUUID().toString().substring(0, 8) + "@acme-industries.com";
		String conversation = restMessage(sender,
				"Hello, I am Tom Baker from Acme Industries. The VPN drops every few minutes since yesterday.");
		String ticket = this.api.awaitTicket(conversation);
		String consultant = (String) this.api.get("/api/tickets/" + ticket).get("consultant");
		assertThat(this.api
			.send(HttpMethod.PATCH, "/api/tickets/" + ticket, "{\"status\":\"CLOSED\",\"resolution\":\"New client\"}")
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		// A thank-you stays with the closed ticket.
		assertThat(restMessage(sender, "Great, the VPN works again. Thanks a lot!")).isEqualTo(conversation);
		await().atMost(AgentApi.PATIENCE)
			.until(() -> this.historyService.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey(conversation)
				.executedActivityIdIn(TicketIntakeProcess.END_THANKS_NOTED)
				.count() == 1);
		assertThat(this.api.get("/api/tickets/" + ticket)).containsEntry("status", "CLOSED");

		assertThat(restMessage(sender, "It drops again since this morning.")).isEqualTo(conversation);
		Map<String, Object> reopened = await().atMost(AgentApi.PATIENCE)
			.until(() -> this.api.get("/api/tickets/" + ticket), (current) -> "REOPENED".equals(current.get("status")));
		assertThat(reopened).containsEntry("status", "REOPENED")
			.containsEntry("consultant", consultant)
			.doesNotContainKey("closedAt");
		Task work = workTask(ticket);
		assertThat(work.getAssignee()).isEqualTo(consultant);
		assertThat(this.runtimeService.getVariable(work.getProcessInstanceId(), "reopened")).isEqualTo(true);
		assertThat(this.api.list("/api/tickets/" + ticket + "/comments"))
			.anySatisfy((comment) -> assertThat(comment.get("text")).isEqualTo("It drops again since this morning."));
		assertThat(this.api.list("/api/tickets/" + ticket + "/timeline"))
			.anySatisfy((entry) -> assertThat((String) entry.get("text")).startsWith("status: CLOSED -> REOPENED"));
		// Tasklist's "Reopened" filter lists it.
		assertThat(filtered("Reopened")).extracting(Task::getId).contains(work.getId());

		// Replying works on it again.
		assertThat(reply(ticket, "{\"text\":\"We are looking at the VPN again.\"}", null).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(this.api.get("/api/tickets/" + ticket)).containsEntry("status", "IN_PROGRESS");

		// Long after closing, the sender's next message is a new conversation.
		assertThat(this.api.send(HttpMethod.PATCH, "/api/tickets/" + ticket, "{\"status\":\"CLOSED\"}").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		this.jdbc.update("update conversation set updated_at = ? where id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(30))), conversation);
		assertThat(restMessage(sender, "A new question about my e-mail signature.")).isNotEqualTo(conversation);
		assertThat(this.api.get("/api/tickets/" + ticket)).containsEntry("status", "CLOSED");
	}

	@Test
	void anInternalNoteStaysInternalAndACannedResponseIsInsertedInTheCustomersLanguage() throws IOException {
		String waId = uniqueWaId();
		String ticket = whatsAppTicket(waId);
		assertThat(
				reply(ticket, "{\"text\":\"Customer is on the old tariff.\",\"internal\":true}", null).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(this.api.list("/api/tickets/" + ticket + "/timeline"))
			.anySatisfy((entry) -> assertThat(entry).containsEntry("kind", "NOTE")
				.containsEntry("text", "Customer is on the old tariff."));

		assertThat(this.api.list("/api/canned-responses?language=de")).extracting((c) -> c.get("name"))
			.contains("looking-into-it");
		ResponseEntity<String> edited = this.http.withBasicAuth("admin@example.com", "admin123")
			.exchange("/api/canned-responses/looking-into-it/en", HttpMethod.PUT,
					AgentApi.json("{\"text\":\"Hi {customer}, {ticket} is with me now.\"}"), String.class);
		assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api
			.send(HttpMethod.PUT, "/api/canned-responses/looking-into-it/en", "{\"text\":\"agents may not edit\"}")
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(reply(ticket, "{\"cannedResponse\":\"looking-into-it\",\"text\":\"Expect news by noon.\"}", null)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		List<LoggedRequest> sent = await().atMost(AgentApi.PATIENCE)
			.until(() -> graphRequestsTo(waId, "is with me now"), (r) -> !r.isEmpty());
		assertThat(JsonPath.<String>read(sent.get(0).getBodyAsString(), "$.text.body"))
			.isEqualTo("Hi Sheena Nelson, " + ticket + " is with me now.\n\nExpect news by noon.");
		assertThat(graphRequestsTo(waId, "old tariff")).isEmpty();
	}

	@Test
	void completingTriageWithoutAServiceIsRefusedWithAClearMessageAndTheTaskStays() {
		String conversation = restMessage(uniqueSender(),
				"Our office plants need watering while the whole team is away next week, who could take care of that?");
		Task triage = await().atMost(AgentApi.PATIENCE)
			.until(() -> this.taskService.createTaskQuery()
				.processInstanceBusinessKey(conversation)
				.taskDefinitionKey(TicketIntakeProcess.TASK_TRIAGE_MESSAGE)
				.singleResult(), (task) -> task != null);

		// What Tasklist sends when a form is completed (its own validation normally stops
		// this before).
		ResponseEntity<String> refused = this.api.send(HttpMethod.POST,
				"/engine-rest/task/" + triage.getId() + "/submit-form",
				"{\"variables\":{\"intentChoice\":{\"value\":\"NEW_REQUEST\"},\"priorityChoice\":{\"value\":\"LOW\"}}}");
		assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
		assertThat(JsonPath.<String>read(refused.getBody(), "$.message")).contains("Choose the service");
		assertThat(this.taskService.createTaskQuery().taskId(triage.getId()).count()).isEqualTo(1);
	}

	@Test
	void tasksCarryTheTicketAndAreOrderedByPriorityAndSearchFindsMessageText() {
		String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
		String low = this.api.awaitTicket(restMessage(uniqueSender(),
				"Hello, I am Tom Baker from Acme Industries. No rush, not urgent: the printer on floor 2 prints faint lines. Ref "
						+ word));
		String high = this.api.awaitTicket(restMessage(uniqueSender(),
				"Hello, I am Tom Baker from Acme Industries. URGENT: the whole office has no network, nobody can work! Ref "
						+ word));
		String medium = this.api.awaitTicket(restMessage(uniqueSender(),
				"Hello, I am Tom Baker from Acme Industries. The VPN drops every few minutes since yesterday. Ref "
						+ word));
		assertThat(List.of(low, medium, high).stream().map((t) -> this.api.get("/api/tickets/" + t).get("priority")))
			.containsExactly("LOW", "MEDIUM", "HIGH");
		assertThat(workTask(high).getPriority()).isGreaterThan(workTask(medium).getPriority());
		assertThat(workTask(medium).getPriority()).isGreaterThan(workTask(low).getPriority());
		assertThat(workTask(high).getName()).startsWith("Work on " + high + " · Tom Baker · ");

		assertThat(this.api.list("/api/tickets?q=" + word.toUpperCase())).extracting((t) -> t.get("id"))
			.containsExactlyInAnyOrder(low, medium, high);
		assertThat(this.api.list("/api/tickets?q=faint+lines")).extracting((t) -> t.get("id")).contains(low);
	}

}
