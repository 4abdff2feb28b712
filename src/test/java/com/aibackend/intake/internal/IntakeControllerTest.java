package com.aibackend.intake.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationStatus;
import com.aibackend.intake.IncomingMessage;
import com.aibackend.intake.Intake;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The REST intake's web layer alone (slice): how a request becomes an incoming message,
 * and what is refused before the intake is asked.
 */
@WebMvcTest(IntakeController.class)
class IntakeControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Intake intake;

	@Test
	void aMessageIsHandedToTheIntakeAndItsConversationIsNamed() throws Exception {
		Conversation conversation = mock(Conversation.class);
		given(conversation.getId()).willReturn("c-1");
		given(conversation.getStatus()).willReturn(ConversationStatus.RECEIVED);
		given(this.intake.receive(any())).willReturn(conversation);

		this.mvc.perform(agent(post("/api/messages")).content("""
				{"channel":"email","sender":{"name":"Ana","address":"ana@acme.example"},
				 "subject":"VPN","text":"The VPN drops.","externalId":"m-1"}"""))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/conversations/c-1"))
			.andExpect(jsonPath("$.conversationId").value("c-1"))
			.andExpect(jsonPath("$.status").value("RECEIVED"));
		verify(this.intake)
			.receive(new IncomingMessage(Channel.EMAIL, "ana@acme.example", "Ana", "VPN", "The VPN drops.", "m-1"));
	}

	@Test
	void anUnknownChannelOrABrokenBodyIsRefusedBeforeTheIntake() throws Exception {
		this.mvc.perform(agent(post("/api/messages")).content("{\"channel\":\"FAX\",\"text\":\"hi\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("FAX")));
		this.mvc.perform(agent(post("/api/messages")).content("{\"text\":"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verify(this.intake, never()).receive(any());
	}

	private static MockHttpServletRequestBuilder agent(MockHttpServletRequestBuilder request) {
		return request.with(user("agent@example.com").authorities(() -> "GROUP_agents"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON);
	}

}
