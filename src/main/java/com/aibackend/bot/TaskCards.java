package com.aibackend.bot;

import static org.camunda.spin.Spin.JSON;

import java.util.List;
import java.util.Map;

import com.aibackend.catalogue.ServiceCatalogue;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Understanding;
import com.aibackend.shared.Texts;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * How the bot's tasks read in Tasklist's list: what they are, who wrote and about what
 * ("Triage: Tom Baker · The printer on floor 3 jams"), and a priority from what the bot
 * read (HIGH 80, MEDIUM 50, LOW 20, as tickets have).
 */
public final class TaskCards {

	private static final int SUBJECT = 60;

	/** The forms' {@code valuesKey} for the service select. */
	static final String SERVICE_OPTIONS = "serviceOptions";

	private TaskCards() {
	}

	public static void label(DelegateTask task, String kind, Conversation conversation, Understanding understanding,
			String text) {
		String who = firstOf(understanding.requesterName(), conversation.getSenderName(),
				conversation.getSenderAddress());
		String about = firstOf(understanding.title(), conversation.getSubject(),
				(text != null) ? text.strip().lines().findFirst().orElse("") : "");
		task.setName("%s: %s · %s".formatted(kind, who, Texts.shortened(about, SUBJECT)));
		task.setPriority(switch (String.valueOf(understanding.priority())) {
			case "HIGH" -> 80;
			case "LOW" -> 20;
			default -> 50;
		});
	}

	/**
	 * The service select's options, from the catalogue (the forms list no services of
	 * their own: adding a service to the catalogue adds it there).
	 */
	public static void serviceOptions(DelegateTask task, List<ServiceCatalogue.Service> catalogue) {
		List<Map<String, String>> options = catalogue.stream()
			.map((service) -> Map.of("label", service.name(), "value", service.id()))
			.toList();
		task.setVariableLocal(SERVICE_OPTIONS, SpinValues.jsonValue(JSON(options)).create());
	}

	private static String firstOf(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return "(unknown)";
	}

}
