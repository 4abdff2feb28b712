package com.aibackend.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

/**
 * What Tasklist's forms ask of the agent. Camunda Forms validate before anything is sent
 * to the engine: a new request cannot be triaged without a service (the field is required
 * and shown for new requests only, since hidden fields are not validated), a message that
 * is no request can be dismissed with one choice, and the "Work on" form carries the
 * timeline, the reply, canned responses and an internal note.
 */
class TaskFormsTest {

	@Test
	void triageNeedsAServiceForANewRequestAndCanDismiss() throws IOException {
		String form = form("triage-message.form");
		Map<String, Object> service = component(form, "serviceChoice");
		assertThat(JsonPath.<Boolean>read(service, "$.validate.required")).isTrue();
		assertThat(JsonPath.<String>read(service, "$.conditional.hide")).isEqualTo("=intentChoice != \"NEW_REQUEST\"");
		// The services come from the catalogue, not from the form.
		assertThat(JsonPath.<String>read(service, "$.valuesKey")).isEqualTo("serviceOptions");
		assertThat(JsonPath.<String>read(component(form("complete-missing-info.form"), "serviceChoice"), "$.valuesKey"))
			.isEqualTo("serviceOptions");
		assertThat(JsonPath.<List<String>>read(component(form, "intentChoice"), "$.values[*].value"))
			.contains("NEW_REQUEST", "DISMISS");
	}

	@Test
	void workOnTicketShowsTheTimelineAndTakesAReplyCannedResponsesAndANote() throws IOException {
		String form = form("work-on-ticket.form");
		assertThat(JsonPath.<Boolean>read(component(form, "timeline"), "$.readonly")).isTrue();
		assertThat(JsonPath.<String>read(component(form, "cannedResponse"), "$.valuesKey"))
			.isEqualTo("cannedResponses");
		assertThat(JsonPath.<String>read(component(form, "reply"), "$.type")).isEqualTo("textarea");
		assertThat(JsonPath.<String>read(component(form, "internalNote"), "$.label")).contains("never sent");
		assertThat(JsonPath.<List<String>>read(component(form, "ticketStatus"), "$.values[*].value"))
			.containsExactly("NEW", "IN_PROGRESS", "REOPENED", "CLOSED");
		assertThat(JsonPath.<List<String>>read(form,
				"$.components[?(@.id == 'Text_customerNotReached')].conditional.hide"))
			.containsExactly("=customerNotReached != true");
	}

	private static String form(String name) throws IOException {
		return new ClassPathResource("bpmn/" + name).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static Map<String, Object> component(String form, String key) {
		List<Map<String, Object>> found = JsonPath.read(form, "$.components[?(@.key == '" + key + "')]");
		assertThat(found).as("form field %s", key).hasSize(1);
		return found.get(0);
	}

}
