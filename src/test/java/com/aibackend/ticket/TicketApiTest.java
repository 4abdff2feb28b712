package com.aibackend.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aibackend.ProcessTestConfiguration;
import com.aibackend.Scenario;
import com.aibackend.conversation.Conversation;
import com.aibackend.process.TicketIntakeProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ProcessTestConfiguration
class TicketApiTest {

	@Autowired
	Scenario scenario;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	String reference;

	ProcessInstance instance;

	@BeforeEach
	void ticketExists() {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), "Jane Doe",
				"My laptop screen flickers since this morning, the external monitor works fine.");
		this.instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(this.instance);
		this.scenario.runJob(this.instance);
		this.reference = this.scenario.reload(conversation).getTicketId();
	}

	@Test
	void showsTheTicketWithWhyItWasAssigned() throws Exception {
		this.mvc.perform(agent(get("/api/tickets/" + this.reference)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(this.reference))
			.andExpect(jsonPath("$.status").value("NEW"))
			.andExpect(jsonPath("$.service").value("HARDWARE"))
			.andExpect(jsonPath("$.assignment.decision").value("consultant-assignment"))
			.andExpect(jsonPath("$.assignment.rule").value("Hardware"))
			.andExpect(jsonPath("$.assignment.strategy").value("LEAST_LOADED"))
			.andExpect(jsonPath("$.assignment.pool").value("hardware-team"))
			.andExpect(jsonPath("$.assignment.candidates[0]").exists());
		this.mvc.perform(agent(get("/api/tickets").param("service", "HARDWARE").param("status", "NEW")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(this.reference)));
		this.mvc.perform(agent(get("/api/payloads").param("status", "PROCESSED")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].ticketId", hasItem(this.reference)));
	}

	@Test
	void patchMovesTheTicketAndKeepsTheTaskInStep() throws Exception {
		this.mvc.perform(agent(patch("/api/tickets/" + this.reference)).content("{\"status\":\"IN_PROGRESS\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		assertThat(this.engine.getTaskService().createTaskQuery().processInstanceId(this.instance.getId()).count())
			.isOne();

		this.mvc
			.perform(agent(patch("/api/tickets/" + this.reference))
				.content("{\"status\":\"CLOSED\",\"resolution\":\"Replaced the display cable\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.resolution").value("Replaced the display cable"));
		assertThat(this.engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(this.instance.getId())
			.activityId(TicketIntakeProcess.END_TICKET_CLOSED)
			.count()).isOne();

		this.mvc.perform(agent(patch("/api/tickets/" + this.reference)).content("{\"status\":\"IN_PROGRESS\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("Ticket %s cannot move from CLOSED to IN_PROGRESS".formatted(this.reference)));
	}

	@Test
	void badPatchesAreRefused() throws Exception {
		this.mvc.perform(agent(patch("/api/tickets/" + this.reference)).content("{\"status\":\"DONE\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(agent(patch("/api/tickets/" + this.reference)).content("{}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(agent(patch("/api/tickets/TCK-999999")).content("{\"status\":\"CLOSED\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(agent(get("/api/tickets/not-a-ticket"))).andExpect(status().isNotFound());
		this.mvc.perform(agent(get("/api/tickets/" + this.reference))).andExpect(jsonPath("$.status").value("NEW"));
	}

	static MockHttpServletRequestBuilder agent(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("agent@example.com", "agent123")).contentType(MediaType.APPLICATION_JSON);
	}

}
