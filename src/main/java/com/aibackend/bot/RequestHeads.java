package com.aibackend.bot;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The trained intent and priority heads, learnt at start from the configured examples.
 */
@Component
class RequestHeads {

	private final TrainedHead intent;

	private final TrainedHead priority;

	private final TrainedHead type;

	@Autowired
	RequestHeads(BotProperties properties, ResourceLoader resources) {
		this(TrainedHead.train("Intent", properties.training().intents(), names(Intent.values()), properties.training(),
				resources),
				TrainedHead.train("Priority", properties.training().priorities(), names(Priority.values()),
						properties.training(), resources),
				TrainedHead.train("Ticket type", properties.training().types(), names(TicketType.values()),
						properties.training(), resources));
	}

	RequestHeads(TrainedHead intent, TrainedHead priority, TrainedHead type) {
		this.intent = intent;
		this.priority = priority;
		this.type = type;
	}

	static RequestHeads untrained() {
		return new RequestHeads(TrainedHead.untrained(), TrainedHead.untrained(), TrainedHead.untrained());
	}

	TicketType type(String text) {
		String label = this.type.recognise(text);
		return (label != null) ? TicketType.valueOf(label) : null;
	}

	Intent intent(String text) {
		String label = this.intent.recognise(text);
		return (label != null) ? Intent.valueOf(label) : null;
	}

	Priority priority(String text) {
		String label = this.priority.recognise(text);
		return (label != null) ? Priority.valueOf(label) : null;
	}

	private static Set<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
	}

}
