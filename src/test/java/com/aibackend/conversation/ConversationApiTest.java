package com.aibackend.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aibackend.ProcessTestConfiguration;
import com.aibackend.Scenario;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The REST intake over HTTP: what it accepts, what it refuses, and that a refusal stores
 * nothing.
 */
@ProcessTestConfiguration
class ConversationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Test
	void acceptsAMessageAndStartsItsProcessWithoutWaitingForClassification() throws Exception {
		String sender = Scenario.uniqueSender();
		String body = this.mvc
			.perform(agent(post("/api/messages")).content(
					"""
							{"channel":"API","sender":{"name":"Jane Doe","address":"%s"},"subject":"VPN","text":"My VPN drops every few minutes"}
							"""
						.formatted(sender)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(header().string("Location", containsString("/api/conversations/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.conversationId");

		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isOne();
		this.mvc.perform(agent(get("/api/conversations/" + id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.channel").value("API"))
			.andExpect(jsonPath("$.sender.address").value(sender))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.messages[0].direction").value("IN"))
			.andExpect(jsonPath("$.messages[0].text").value("My VPN drops every few minutes"));
		this.mvc.perform(agent(get("/api/conversations").param("sender", sender)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(id)));
		this.mvc.perform(agent(get("/api/conversations").param("status", "RECEIVED").param("channel", "API")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(id)));
	}

	@Test
	void sameExternalIdTwiceGivesTheSameConversation() throws Exception {
		String externalId = "ext-" + Scenario.uniqueSender();
		String message = """
				{"channel":"WHATSAPP","sender":{"address":"+6281234567890"},"text":"Printer jams","externalId":"%s"}
				""".formatted(externalId);
		String first = JsonPath.read(this.mvc.perform(agent(post("/api/messages")).content(message))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.conversationId");
		String second = JsonPath.read(this.mvc.perform(agent(post("/api/messages")).content(message))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.conversationId");

		assertThat(second).isEqualTo(first);
		assertThat(this.jdbc.queryForObject("select count(*) from message where external_id = ?", Integer.class,
				externalId))
			.isOne();
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(first).count()).isOne();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{\"channel\":\"API\",\"sender\":{\"address\":\"a@b.com\"}}",
			"{\"channel\":\"API\",\"sender\":{\"address\":\"a@b.com\"},\"text\":\"   \"}",
			"{\"channel\":\"FAX\",\"sender\":{\"address\":\"a@b.com\"},\"text\":\"hello\"}",
			"{\"channel\":\"API\",\"text\":\"hello\"}", "{\"channel\":\"API\",\"sender\":{\"address\":\"a@b.com\"},",
			"[1,2,3]" })
	void refusesBadMessagesWithAReasonAndStoresNothing(String body) throws Exception {
		assertRefusedWithoutTrace(agent(post("/api/messages")).content(body));
	}

	@Test
	void refusesTextOver64KilobytesAndStoresNothing() throws Exception {
		String text = "x".repeat(65_537);
		assertRefusedWithoutTrace(agent(post("/api/messages"))
			.content("{\"channel\":\"API\",\"sender\":{\"address\":\"a@b.com\"},\"text\":\"" + text + "\"}"))
			.contains("65537 bytes");
	}

	@Test
	void replyToUnknownConversationIs404AndStoresNothing() throws Exception {
		int before = count("message");
		this.mvc.perform(agent(post("/api/conversations/no-such-id/messages")).content("{\"text\":\"hello\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(agent(get("/api/conversations/no-such-id"))).andExpect(status().isNotFound());
		assertThat(count("message")).isEqualTo(before);
	}

	@Test
	void emptyReplyIs400AndStoresNothing() throws Exception {
		String id = JsonPath.read(
				this.mvc.perform(agent(post("/api/messages"))
					.content("{\"channel\":\"API\",\"sender\":{\"address\":\"%s\"},\"text\":\"Hi, it is broken\"}"
						.formatted(Scenario.uniqueSender())))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$.conversationId");
		assertRefusedWithoutTrace(agent(post("/api/conversations/" + id + "/messages")).content("{\"text\":\"\"}"));
	}

	@Test
	void unknownStatusFilterIs400() throws Exception {
		this.mvc.perform(agent(get("/api/conversations").param("status", "SLEEPING")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("status")));
	}

	private org.assertj.core.api.AbstractStringAssert<?> assertRefusedWithoutTrace(
			MockHttpServletRequestBuilder request) throws Exception {
		int conversations = count("conversation");
		int messages = count("message");
		long instances = this.runtimeService.createProcessInstanceQuery().count();

		String detail = JsonPath.read(this.mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.trace").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.detail");

		assertThat(count("conversation")).isEqualTo(conversations);
		assertThat(count("message")).isEqualTo(messages);
		assertThat(this.runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
		return assertThat(detail).isNotBlank();
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	static MockHttpServletRequestBuilder agent(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("agent@example.com", "agent123")).contentType(MediaType.APPLICATION_JSON);
	}

}
