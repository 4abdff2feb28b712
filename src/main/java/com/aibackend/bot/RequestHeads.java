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

	@Autowired
	RequestHeads(BotProperties properties, ResourceLoader resources) {
		this(TrainedHead.train("Intent", properties.training().intents(), names(Intent.values()), properties.training(),
				resources),
				TrainedHead.train("Priority", properties.training().priorities(), names(Priority.values()),
						properties.training(), resources));
	}

	RequestHeads(TrainedHead intent, TrainedHead priority) {
		this.intent = intent;
		this.priority = priority;
	}

	static RequestHeads untrained() {
		return new RequestHeads(TrainedHead.untrained(), TrainedHead.untrained());
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
