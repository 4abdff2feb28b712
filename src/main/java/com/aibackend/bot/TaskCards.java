package com.aibackend.bot;

import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.Understanding;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * How the bot's tasks read in Tasklist's list: what they are, who wrote and about what
 * ("Triage: Tom Baker · The printer on floor 3 jams"), and a priority from what the bot
 * read (HIGH 80, MEDIUM 50, LOW 20, as tickets have).
 */
public final class TaskCards {

	private static final int SUBJECT = 60;

	private TaskCards() {
	}

	public static void label(DelegateTask task, String kind, Conversation conversation, Understanding understanding,
			String text) {
		String who = firstOf(understanding.requesterName(), conversation.getSenderName(),
				conversation.getSenderAddress());
		String about = firstOf(understanding.title(), conversation.getSubject(),
				(text != null) ? text.strip().lines().findFirst().orElse("") : "");
		task.setName("%s: %s · %s".formatted(kind, who, subject(about)));
		task.setPriority(switch (String.valueOf(understanding.priority())) {
			case "HIGH" -> 80;
			case "LOW" -> 20;
			default -> 50;
		});
	}

	private static String firstOf(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return "(unknown)";
	}

	/** Cut at a word boundary, never inside a word. */
	static String subject(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= SUBJECT) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', SUBJECT);
		return flat.substring(0, (cut > 20) ? cut : SUBJECT) + "…";
	}

}
