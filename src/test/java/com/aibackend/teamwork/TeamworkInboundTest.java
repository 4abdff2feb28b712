package com.aibackend.teamwork;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aibackend.shared.WebhookRequests;
import com.aibackend.ticket.Editor;
import com.aibackend.ticket.Ticket;
import com.aibackend.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What agents do in Teamwork Desk comes back through its signed webhook: closing,
 * replies, reassignment, and our own changes are not echoed.
 */
class TeamworkInboundTest extends TeamworkSyncScenarios {

	@Test
	void closingItInTeamworkClosesOursAndItsTaskAndTellsTheCustomerWithoutEchoingBack() throws Exception {
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());

		// A status Teamwork names rather than one of the mapped ids.
		webhook("{\"event\":\"ticket.status\",\"ticket\":{\"id\":9001,\"status\":{\"id\":42,\"name\":\"Solved\"}}}")
			.andExpect(status().isOk());

		Ticket closed = this.ticketQueries.get(ticket.getReference());
		assertThat(closed.getStatus()).isEqualTo(TicketStatus.CLOSED);
		assertThat(
				this.engine.getTaskService().createTaskQuery().processInstanceId(ticket.getProcessInstanceId()).count())
			.isZero();
		assertThat(outbound(ticket)).anyMatch((text) -> text.contains("closed"));
		assertThat(pendingSyncs(ticket)).isZero();
	}

	@Test
	void ourOwnChangeComingBackChangesNothing() throws Exception {
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());
		this.tickets.changeStatus(ticket.getReference(), TicketStatus.CLOSED, "Replaced the fuser unit",
				new Editor("agent@example.com", java.util.Set.of("agents")));
		runSync(ticket.getReference());
		int messages = outbound(ticket).size();

		webhook("{\"event\":\"ticket.status\",\"ticket\":{\"id\":9001,\"status\":{\"id\":5}}}")
			.andExpect(status().isOk());
		webhook("{\"event\":\"message.created\",\"message\":{\"id\":1,\"threadType\":\"note\","
				+ "\"message\":\"Closed in AI-Backend: Replaced the fuser unit\",\"ticket\":{\"id\":9001}}}")
			.andExpect(status().isOk());

		assertThat(outbound(ticket)).hasSize(messages);
		assertThat(pendingSyncs(ticket)).isZero();
		assertThat(this.ticketQueries.get(ticket.getReference()).getResolution()).isEqualTo("Replaced the fuser unit");
	}

	@Test
	void anAgentsReplyReachesTheCustomerOnceEvenWhenDeliveredTwice() throws Exception {
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());
		String reply = "{\"event\":\"ticket.reply\",\"ticket\":{\"id\":9001},\"message\":{\"id\":4711,"
				+ "\"threadType\":\"message\",\"message\":\"<p>Hi Tom, a technician comes at 3 pm.</p>\"}}";

		webhook(reply).andExpect(status().isOk());
		webhook(reply).andExpect(status().isOk());

		assertThat(outbound(ticket)).filteredOn((text) -> text.equals("Hi Tom, a technician comes at 3 pm."))
			.hasSize(1);
	}

	@Test
	void reassigningItInTeamworkReassignsOursAndItsTask() throws Exception {
		teamwork.stubFor(get(urlEqualTo("/desk/api/v2/users/78.json"))
			.willReturn(okJson("{\"user\":{\"id\":78,\"email\":\"frank@example.com\"}}")));
		Ticket ticket = newHardwareTicket();
		runSync(ticket.getReference());

		webhook("{\"event\":\"ticket.assigned\",\"ticket\":{\"id\":9001,\"agent\":{\"id\":78}}}")
			.andExpect(status().isOk());

		assertThat(this.ticketQueries.get(ticket.getReference()).getConsultant()).isEqualTo("frank@example.com");
		assertThat(this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(ticket.getProcessInstanceId())
			.singleResult()
			.getAssignee()).isEqualTo("frank@example.com");
		assertThat(pendingSyncs(ticket)).isZero();
	}

	@Test
	void aForgedWebhookIsRefusedAndNothingIsStored() throws Exception {
		int events = this.sql.queryForObject("select count(*) from teamwork_event", Integer.class);
		String body = "{\"event\":\"ticket.status\",\"ticket\":{\"id\":9001,\"status\":{\"id\":5}}}";
		this.mvc
			.perform(MockMvcRequestBuilders.post("/webhooks/teamwork")
				.contentType(MediaType.APPLICATION_JSON)
				.header("X-Desk-Signature", WebhookRequests.hmacSha256Hex("wrong-secret", body.getBytes()))
				.content(body))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(
				MockMvcRequestBuilders.post("/webhooks/teamwork").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		assertThat(this.sql.queryForObject("select count(*) from teamwork_event", Integer.class)).isEqualTo(events);
	}

}
