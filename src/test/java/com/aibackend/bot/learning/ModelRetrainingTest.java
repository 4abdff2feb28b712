package com.aibackend.bot.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.evaluation.ExtractionEvaluation;
import com.aibackend.bot.model.ServiceModel;
import com.aibackend.bot.model.TextPrediction;
import com.aibackend.bot.triage.TriageDecided;
import com.aibackend.bot.triage.TriageDecision;
import com.aibackend.bot.triage.TriageDecisionRepository;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;

/** The service model retrains by itself after every N agents' decisions. */
class ModelRetrainingTest {

	@Test
	void retrainsInTheBackgroundAfterTheConfiguredNumberOfDecisions() throws Exception {
		BotProperties properties = ExtractionEvaluation.botProperties();
		BotProperties everyTwo = new BotProperties(properties.requiredFields(), properties.minDescriptionWords(),
				properties.languages(),
				new BotProperties.Training(properties.training().services(), null, null, null,
						properties.training().features(), properties.training().minConfidence(),
						properties.training().minMargin(), 2),
				properties.phoneRegions());
		ServiceModel model = new ServiceModel(everyTwo, ExtractionEvaluation.catalogue(), new DefaultResourceLoader());
		TriageDecisionRepository decisions = mock(TriageDecisionRepository.class);
		when(decisions.findAllByOrderByDecidedAtAscIdAsc()).thenReturn(List.of(decision("BILLING"), decision(null)));
		ModelRetraining retraining = new ModelRetraining(model, decisions, everyTwo);

		retraining.decided(new TriageDecided("1"));
		// One decision of two: nothing queued, the running model stays.
		assertThat(retraining.isRetraining()).isFalse();
		assertThat(model.version().number()).isEqualTo(1);

		retraining.decided(new TriageDecided("2"));
		await().atMost(Duration.ofSeconds(30)).until(() -> model.version().number() == 2);
		// Only decisions for a new request with a service teach the service model.
		assertThat(model.version().agentDecisions()).isEqualTo(1);
		assertThat(model.version().crossValidatedAccuracy()).isNotNull();
		retraining.stop();
	}

	private static TriageDecision decision(String service) {
		return new TriageDecision("c", "Could someone organise catering for the workshop?", "en",
				new TextPrediction("HARDWARE", 0.3, -0.5), "NEW_REQUEST", (service != null) ? "NEW_REQUEST" : "OTHER",
				service, "LOW", "agent@example.com", Instant.now());
	}

}
