package com.aibackend.bot.learning;

import java.time.Instant;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.model.ServiceModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The bot's service model: which version runs, and retraining on an admin's request. */
@RestController
@RequestMapping("/api/bot")
public class BotController {

	private final ServiceModel model;

	private final ModelRetraining retraining;

	private final BotProperties properties;

	BotController(ServiceModel model, ModelRetraining retraining, BotProperties properties) {
		this.model = model;
		this.retraining = retraining;
		this.properties = properties;
	}

	@GetMapping
	ModelView model() {
		return ModelView.of(this.model.version(), this.properties.training(), this.retraining.isRetraining());
	}

	/**
	 * Retrains in the background; {@code GET /api/bot} shows the new version when done.
	 */
	@PostMapping("/retrain")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ModelView retrain() {
		this.retraining.request();
		return ModelView.of(this.model.version(), this.properties.training(), true);
	}

	record ModelView(int version, Instant trainedAt, int examples, int agentDecisions, Double crossValidatedAccuracy,
			String features, int retrainAfterDecisions, boolean retraining) {

		static ModelView of(ServiceModel.Version version, BotProperties.Training training, boolean retraining) {
			return new ModelView(version.number(), version.trainedAt(), version.examples(), version.agentDecisions(),
					version.crossValidatedAccuracy(), training.features(), training.retrainAfterDecisions(),
					retraining);
		}

	}

}
