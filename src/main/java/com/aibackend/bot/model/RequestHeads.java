package com.aibackend.bot.model;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.Intent;
import com.aibackend.bot.Priority;
import com.aibackend.bot.TicketType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The trained intent and priority heads, learnt at start from the configured examples.
 */
@Component
public class RequestHeads {

	private final TrainedHead intent;

	private final TrainedHead priority;

	private final TrainedHead type;

	@Autowired
	public RequestHeads(BotProperties properties, ResourceLoader resources) {
		this(TrainedHead.train("Intent", properties.training().intents(), names(Intent.values())::contains,
				properties.training(), resources),
				TrainedHead.train("Priority", properties.training().priorities(), names(Priority.values())::contains,
						properties.training(), resources),
				TrainedHead.train("Ticket type", properties.training().types(), names(TicketType.values())::contains,
						properties.training(), resources));
	}

	public RequestHeads(TrainedHead intent, TrainedHead priority, TrainedHead type) {
		this.intent = intent;
		this.priority = priority;
		this.type = type;
	}

	public static RequestHeads untrained() {
		return new RequestHeads(TrainedHead.untrained(), TrainedHead.untrained(), TrainedHead.untrained());
	}

	public TicketType type(String text) {
		TextPrediction prediction = this.type.recognise(text);
		return (prediction != null) ? TicketType.valueOf(prediction.label()) : null;
	}

	public Intent intent(String text) {
		TextPrediction prediction = this.intent.recognise(text);
		return (prediction != null) ? Intent.valueOf(prediction.label()) : null;
	}

	public Priority priority(String text) {
		TextPrediction prediction = this.priority.recognise(text);
		return (prediction != null) ? Priority.valueOf(prediction.label()) : null;
	}

	private static Set<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
	}

}
