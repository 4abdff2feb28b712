package com.aibackend.teamwork;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Objects;

import com.aibackend.intake.Intake;
import com.aibackend.shared.WebhookRequests;
import com.aibackend.ticket.Editor;
import com.aibackend.ticket.Ticket;
import com.aibackend.ticket.TicketCounterparts.Counterpart;
import com.aibackend.ticket.TicketStatus;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What happens to our tickets reaches Teamwork Desk: creation in the right inbox,
 * closing, handing over, rate limits and outages.
 */
class TeamworkOutboundTest extends TeamworkSyncScenarios {

	@Test
	void aWhatsAppCustomerGetsATeamworkTicketItsAgentsReplyAndItsClosing() throws Exception {
		String phone = "49176" + (10_000_000 + (System.nanoTime() % 89_999_999));
		String delivery = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{"
				+ "\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{"
				+ "\"display_phone_number\":\"15550000000\",\"phone_number_id\":\"106540352242922\"},"
				+ "\"contacts\":[{\"profile\":{\"name\":\"Tom Baker\"},\"wa_id\":\"" + phone + "\"}],"
				+ "\"messages\":[{\"from\":\"" + phone + "\",\"id\":\"wamid.IN-" + phone
				+ "\",\"timestamp\":\"1700000000\",\"type\":\"text\",\"text\":{\"body\":"
				+ "\"The printer on floor 3 jams on every page since Monday, we already replaced the toner.\"}}]}}]}]}";
		this.mvc
			.perform(MockMvcRequestBuilders.post("/webhooks/whatsapp")
				.contentType(MediaType.APPLICATION_JSON)
				.header("X-Hub-Signature-256",
						"sha256=" + WebhookRequests.hmacSha256Hex(WHATSAPP_SECRET, delivery.getBytes()))
				.content(delivery))
			.andExpect(status().isOk());
		// The acknowledged delivery is routed after the answer.
		ProcessInstance intake = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.engine.getRuntimeService()
				.createProcessInstanceQuery()
				.variableValueEquals("customer", phone)
				.singleResult(), Objects::nonNull);
		this.scenario.runJob(intake);
		this.scenario.runJob(intake);
		Ticket ticket = this.ticketQueries.find(TicketStatus.NEW, null, "HARDWARE", 50)
			.stream()
			.filter((t) -> intake.getId().equals(t.getProcessInstanceId()))
			.findFirst()
			.orElseThrow();
		runSync(ticket.getReference());
		teamwork.verify(getRequestedFor(urlPathEqualTo("/desk/api/v2/customers.json")).withQueryParam("filter",
				containing("\"phone\":{\"$eq\":\"" + phone + "\"}")));
		teamwork.verify(postRequestedFor(urlEqualTo("/desk/api/v2/tickets.json"))
			.withRequestBody(matchingJsonPath("$.ticket.inbox.id", equalTo("7")))
			.withRequestBody(matchingJsonPath("$.ticket.agent.id", equalTo("77"))));

		webhook("{\"event\":\"ticket.reply\",\"ticket\":{\"id\":9001},\"message\":{\"id\":815,"
				+ "\"threadType\":\"message\",\"message\":\"A technician comes at 3 pm.\"}}")
			.andExpect(status().isOk());
		sendAnswers();
		teamwork.verify(postRequestedFor(urlEqualTo("/graph/106540352242922/messages"))
			.withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
			.withRequestBody(matchingJsonPath("$.text.body", equalTo("A technician comes at 3 pm."))));

		webhook("{\"event\":\"ticket.status\",\"updatedAt\":\"" + java.time.Instant.now()
				+ "\",\"ticket\":{\"id\":9001,\"status\":{\"id\":5}}}")
			.andExpect(status().isOk());
		sendAnswers();
		assertThat(this.ticketQueries.get(ticket.getReference()).getStatus()).isEqualTo(TicketStatus.CLOSED);
		assertThat(this.engine.getTaskService().createTaskQuery().processInstanceId(intake.getId()).count()).isZero();
		teamwork.verify(postRequestedFor(urlEqualTo("/graph/106540352242922/messages"))
			.withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
			.withRequestBody(matchingJsonPath("$.text.body", containing(ticket.getReference()))));
	}

	@Test
	void aNewTicketIsCreatedInTheRightInboxForTheRightAgentAndCustomer() {
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());

		teamwork.verify(getRequestedFor(urlPathEqualTo("/desk/api/v2/customers.json")).withQueryParam("filter",
				containing("\"email\":{\"$eq\":\"" + this.sender + "\"}")));
		teamwork.verify(postRequestedFor(urlEqualTo("/desk/api/v2/customers.json"))
			.withHeader("Authorization", equalTo("Bearer test-api-key"))
			.withRequestBody(matchingJsonPath("$.customer.email", equalTo(this.sender)))
			.withRequestBody(matchingJsonPath("$.customer.firstName", equalTo("Tom")))
			.withRequestBody(matchingJsonPath("$.customer.lastName", equalTo("Baker"))));
		// The agent (looked up by the consultant's e-mail, once) and the tags (found or
		// created, once).
		teamwork.verify(postRequestedFor(urlEqualTo("/desk/api/v2/tickets.json"))
			.withRequestBody(matchingJsonPath("$.ticket.subject", equalTo(ticket.getTitle())))
			.withRequestBody(matchingJsonPath("$.ticket.inbox.id", equalTo("7")))
			.withRequestBody(matchingJsonPath("$.ticket.customer.id", equalTo("501")))
			.withRequestBody(matchingJsonPath("$.ticket.agent.id", equalTo("77")))
			.withRequestBody(matchingJsonPath("$.ticket.priority.id", equalTo("2")))
			.withRequestBody(matchingJsonPath("$.ticket.status.id", equalTo("1")))
			.withRequestBody(matchingJsonPath("$.ticket.tags[0].id", equalTo("9")))
			.withRequestBody(matchingJsonPath("$.ticket.notifyCustomer", equalTo("false"))));
		Counterpart linked = this.counterparts.of(ticket.getReference()).orElseThrow();
		assertThat(linked.id()).isEqualTo(9001L);
		assertThat(linked.url()).isEqualTo(teamwork.baseUrl() + "/desk/tickets/9001");
		assertThat(this.engine.getRuntimeService().getVariable(ticket.getProcessInstanceId(), "teamworkUrl"))
			.isEqualTo(linked.url());
	}

	@Test
	void closingOursClosesTheirsWithTheResolutionAsANote() {
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());
		this.tickets.changeStatus(ticket.getReference(), TicketStatus.CLOSED, "Replaced the fuser unit",
				new Editor("agent@example.com", java.util.Set.of("agents")));
		runSync(ticket.getReference());

		teamwork.verify(patchRequestedFor(urlEqualTo("/desk/api/v2/tickets/9001.json"))
			.withRequestBody(matchingJsonPath("$.ticket.status.id", equalTo("5"))));
		teamwork.verify(postRequestedFor(urlEqualTo("/desk/api/v2/tickets/9001/messages.json"))
			.withRequestBody(matchingJsonPath("$.threadType", equalTo("note")))
			.withRequestBody(matchingJsonPath("$.message", containing("Replaced the fuser unit"))));
	}

	@Test
	void handingTheTicketToAnotherConsultantHandsItToTheirAgent() {
		teamwork.stubFor(
				get(urlPathEqualTo("/desk/api/v2/users.json")).withQueryParam("filter", containing("frank@example.com"))
					.willReturn(okJson("{\"users\":[{\"id\":79}]}")));
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());
		this.tickets.changeConsultant(ticket.getReference(), "dave@example.com", "admin@example.com");
		runSync(ticket.getReference());

		teamwork.verify(getRequestedFor(urlPathEqualTo("/desk/api/v2/users.json")).withQueryParam("filter",
				containing("\"email\":{\"$eq\":\"dave@example.com\"}")));
		teamwork.verify(patchRequestedFor(urlEqualTo("/desk/api/v2/tickets/9001.json"))
			.withRequestBody(matchingJsonPath("$.ticket.agent.id", equalTo("77"))));
	}

	@Test
	void aRateLimitIsWaitedOutWithoutUsingUpRetries() {
		teamwork.stubFor(post(urlEqualTo("/desk/api/v2/tickets.json")).inScenario("rate limit")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
			.willSetStateTo("calm"));
		teamwork.stubFor(post(urlEqualTo("/desk/api/v2/tickets.json")).inScenario("rate limit")
			.whenScenarioStateIs("calm")
			.willReturn(okJson("{\"ticket\":{\"id\":9001}}").withStatus(201)));
		Ticket ticket = newHardwareTicket();
		ProcessInstance sync = syncOf(ticket.getReference());
		Job call = job(sync);
		int retries = call.getRetries();
		management().executeJob(call.getId());

		Job wait = job(sync);
		assertThat(wait.getDuedate()).isAfter(new java.util.Date(System.currentTimeMillis() + 5_000));
		management().executeJob(wait.getId());
		Job again = job(sync);
		assertThat(again.getRetries()).isEqualTo(retries);
		management().executeJob(again.getId());

		assertThat(this.counterparts.of(ticket.getReference())).map(Counterpart::id).contains(9001L);
		assertThat(this.engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sync.getId()).count())
			.isZero();
	}

	@Test
	void aTeamworkOutageEndsInAnIncidentAndNothingIsDropped() {
		teamwork.stubFor(post(urlEqualTo("/desk/api/v2/tickets.json")).willReturn(aResponse().withStatus(500)));
		Ticket ticket = newHardwareTicket();
		ProcessInstance sync = syncOf(ticket.getReference());
		for (int attempt = 0; attempt < 3; attempt++) {
			Job job = job(sync);
			try {
				management().executeJob(job.getId());
			}
			catch (RuntimeException expected) {
				// The step failed; the engine keeps it with one retry less.
			}
		}
		assertThat(this.engine.getRuntimeService().createIncidentQuery().processInstanceId(sync.getId()).count())
			.isEqualTo(1);
		assertThat(this.counterparts.of(ticket.getReference())).isEmpty();
		// Intake and the customer's answers went on regardless: the ticket exists and is
		// waiting for work.
		assertThat(this.ticketQueries.get(ticket.getReference()).getStatus()).isEqualTo(TicketStatus.NEW);
	}

	@Test
	void whatTheCustomerWritesLaterReachesTheTeamworkTicketAsANote() {
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());
		this.intake.reply(ticket.getConversationId(), "Still jamming, now also on floor 4.");
		runSync(ticket.getReference());

		teamwork.verify(postRequestedFor(urlEqualTo("/desk/api/v2/tickets/9001/messages.json"))
			.withRequestBody(matchingJsonPath("$.threadType", equalTo("note")))
			.withRequestBody(matchingJsonPath("$.message", containing("Still jamming, now also on floor 4."))));
	}

}
