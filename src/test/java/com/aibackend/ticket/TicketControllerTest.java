package com.aibackend.ticket;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aibackend.assignment.ConsultantAssigner;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The ticket API's web layer alone (slice): how requests are read and refused before the
 * service is asked, and how the caller's groups reach it.
 */
@WebMvcTest(TicketController.class)
class TicketControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TicketService tickets;

	@MockitoBean
	Tickets ticketQueries;

	@MockitoBean
	CustomerComments comments;

	@MockitoBean
	TicketReplies replies;

	@MockitoBean
	TicketTimeline timeline;

	@MockitoBean
	TicketReopening reopening;

	@MockitoBean
	ConsultantAssigner assignments;

	@Test
	void aStatusChangeWithoutOrWithAnUnknownStatusIsRefusedWithAReason() throws Exception {
		this.mvc.perform(agent(patch("/api/tickets/TCK-000001")).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("status is required: one of IN_PROGRESS, CLOSED, REOPENED"));
		this.mvc.perform(agent(patch("/api/tickets/TCK-000001")).content("{\"status\":\"DONE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.detail").value("Unknown status 'DONE'; expected one of IN_PROGRESS, CLOSED, REOPENED"));
		verify(this.tickets, never()).changeStatus(anyString(), any(), any(), any());
	}

	@Test
	void aMisspeltFieldIsRefusedByName() throws Exception {
		this.mvc
			.perform(agent(patch("/api/tickets/TCK-000001")).content("{\"status\":\"CLOSED\",\"resolutoin\":\"x\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Unknown field resolutoin; this endpoint takes resolution, status"));
		this.mvc.perform(agent(post("/api/tickets/TCK-000001/replies")).content("{\"txt\":\"Hello\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail")
				.value("Unknown field txt; this endpoint takes cannedResponse, internal, text"));
		verify(this.tickets, never()).changeStatus(anyString(), any(), any(), any());
		verify(this.replies, never()).write(anyString(), any(), any(), any());
	}

	@Test
	void theCallersGroupsDecideAsEditor() throws Exception {
		given(this.ticketQueries.get("TCK-000001")).willReturn(mock(Ticket.class));
		this.mvc.perform(agent(patch("/api/tickets/TCK-000001")).content("{\"status\":\"in_progress\"}"))
			.andExpect(status().isOk());
		verify(this.tickets).changeStatus(eq("TCK-000001"), eq(TicketStatus.IN_PROGRESS), eq(null),
				eq(new Editor("agent@example.com", java.util.Set.of("agents"))));
	}

	@Test
	void listsAreCappedAtAThousand() throws Exception {
		this.mvc.perform(agent(get("/api/tickets")).param("limit", "50000")).andExpect(status().isOk());
		verify(this.ticketQueries).find(null, null, null, null, 1000);
		this.mvc.perform(agent(get("/api/tickets")).param("status", "LOST"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Parameter 'status' has an invalid value 'LOST'"));
	}

	private static MockHttpServletRequestBuilder agent(MockHttpServletRequestBuilder request) {
		return request.with(user("agent@example.com").authorities(() -> "GROUP_agents"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON);
	}

}
