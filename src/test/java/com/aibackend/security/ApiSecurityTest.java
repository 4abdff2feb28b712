package com.aibackend.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aibackend.ProcessTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ProcessTestConfiguration
class ApiSecurityTest {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsOpenForLoadBalancers() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void apiNeedsCredentials() throws Exception {
		this.mvc.perform(get("/api/conversations")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/tickets")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON)
				.content("{\"channel\":\"API\",\"sender\":{\"address\":\"a@b.com\"},\"text\":\"hi\"}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/tickets").with(httpBasic("agent@example.com", "wrong")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void analystsReadButDoNotWrite() throws Exception {
		this.mvc.perform(get("/api/tickets").with(httpBasic("analyst@example.com", "analyst123")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/messages").with(httpBasic("analyst@example.com", "analyst123"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channel\":\"API\",\"sender\":{\"address\":\"a@b.com\"},\"text\":\"hi\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void actuatorBeyondHealthIsForAdmins() throws Exception {
		this.mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/metrics").with(httpBasic("agent@example.com", "agent123")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/metrics").with(httpBasic("admin@example.com", "admin123")))
			.andExpect(status().isOk());
	}

	@Test
	void aChannelWithoutConfigurationIsOff() throws Exception {
		this.mvc.perform(post("/webhooks/whatsapp").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/webhooks/whatsapp").param("hub.mode", "subscribe")).andExpect(status().isNotFound());
		this.mvc.perform(post("/webhooks/qiscus").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isNotFound());
	}

}
