package com.aibackend.trace;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aibackend.ProcessTestConfiguration;
import com.aibackend.Scenario;
import com.aibackend.conversation.Conversation;
import com.aibackend.intake.Intake;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A closed ticket's conversation: the trace shows the finished flow's path, each round's
 * reading, the assignment decision, who completed the consultant's task, and the
 * messages.
 */
@ProcessTestConfiguration
class TraceApiTest {

	@Autowired
	Scenario scenario;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Intake intake;

	@Test
	void aClosedTicketsWholePathIsThere() throws Exception {
		Conversation conversation = this.scenario.receive(Scenario.uniqueSender(), null, "Hi, it is broken again");
		ProcessInstance instance = this.scenario.instanceOf(conversation);
		this.scenario.runJob(instance);
		this.intake.reply(conversation.getId(),
				"I am Tom Baker. The printer on floor 3 jams on every page since Monday, we already replaced the toner.");
		this.scenario.runJob(instance);
		this.scenario.runJob(instance);
		String ticket = this.scenario.reload(conversation).getTicketId();
		this.mvc
			.perform(patch("/api/tickets/" + ticket).with(httpBasic("agent@example.com", "agent123"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"CLOSED\",\"resolution\":\"Replaced the fuser unit\"}"))
			.andExpect(status().isOk());

		String trace = "/api/conversations/" + conversation.getId() + "/trace";
		this.mvc.perform(get(trace).with(httpBasic("analyst@example.com", "analyst123")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.conversation.ticketId").value(ticket))
			.andExpect(jsonPath("$.processes.length()").value(1))
			.andExpect(jsonPath("$.processes[0].state").value("COMPLETED"))
			.andExpect(jsonPath("$.processes[0].passed",
					hasItems("Task_ClassifyMessage", "Task_RequestMissingInfo", "Task_CompleteMissingInfo",
							"BoundaryEvent_CustomerReplied", "Task_CreatePayload", "Task_DecideAssignment",
							"Task_CreateTicket", "Task_WorkOnTicket", "EndEvent_TicketClosed")))
			.andExpect(jsonPath("$.processes[0].passed", not(hasItem("Task_TriageMessage"))))
			.andExpect(jsonPath("$.processes[0].taken",
					hasItems("Flow_CustomerReplied", "Flow_ToWorkOnTicket", "Flow_ToTicketClosedEnd")))
			.andExpect(jsonPath("$.processes[0].taken", not(hasItem("Flow_ToTriageMessage"))))
			.andExpect(jsonPath("$.processes[0].steps[?(@.activityId == 'Task_WorkOnTicket')].completedBy")
				.value(hasItem("agent@example.com")))
			.andExpect(jsonPath("$.processes[0].steps[?(@.activityId == 'Task_ClassifyMessage')]", hasSize(2)))
			.andExpect(jsonPath("$.readings.length()").value(2))
			.andExpect(jsonPath("$.readings[0].missingFields", hasItems("requesterName", "description", "service")))
			.andExpect(jsonPath("$.readings[1].service").value("HARDWARE"))
			.andExpect(jsonPath("$.clarificationRounds").value(1))
			.andExpect(jsonPath("$.assignment.decision").value("consultant-assignment"))
			.andExpect(jsonPath("$.assignment.rule").value("Hardware"))
			.andExpect(jsonPath("$.assignment.pool").value("hardware-team"))
			.andExpect(
					jsonPath("$.messages[?(@.direction == 'IN')].text", hasItem(containsString("printer on floor 3"))))
			.andExpect(jsonPath("$.messages[?(@.direction == 'OUT')].state", hasItem("SENT")))
			.andExpect(jsonPath("$.messages[?(@.direction == 'OUT')].text",
					hasItem(containsString("Replaced the fuser unit"))))
			.andExpect(jsonPath("$.incidents.length()").value(0));

		// The Teamwork Desk connector is off without its settings: no ticket goes there.
		org.assertj.core.api.Assertions
			.assertThat(this.engine.getHistoryService()
				.createHistoricProcessInstanceQuery()
				.processDefinitionKey(com.aibackend.process.TeamworkSyncProcess.KEY)
				.count())
			.isZero();
		this.mvc.perform(get(trace + "/diagram").with(httpBasic("analyst@example.com", "analyst123")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"Task_WorkOnTicket\"")));
		this.mvc.perform(get("/api/tickets/" + ticket).with(httpBasic("analyst@example.com", "analyst123")))
			.andExpect(jsonPath("$.links.trace").value(trace))
			.andExpect(jsonPath("$.links.tracePage").value("/console/trace.html?conversation=" + conversation.getId()));
	}

	@Test
	void anUnknownConversationIsNotFoundAndAnonymousUsersSeeNothing() throws Exception {
		this.mvc
			.perform(get("/api/conversations/no-such-conversation/trace")
				.with(httpBasic("analyst@example.com", "analyst123")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/conversations/no-such-conversation/trace")).andExpect(status().isUnauthorized());
	}

}
