package com.aibackend.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code dmn/consultant-assignment.dmn} on the bare DMN engine: one case per rule. */
class ConsultantAssignmentDecisionTest {

	static DmnDecision decision;

	static DmnEngine engine;

	@BeforeAll
	static void parse() throws Exception {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream model = ConsultantAssignmentDecisionTest.class
			.getResourceAsStream("/dmn/consultant-assignment.dmn")) {
			decision = engine.parseDecision("consultant-assignment", model);
		}
	}

	@ParameterizedTest(name = "{0}/{1} -> {2} {3} {4} ({6})")
	@CsvSource(nullValues = "null", value = {
			"ACCOUNT,    HIGH,   STATIC,       carol@example.com, access-team,   LEAST_LOADED, Account urgent, PT1H, PT8H",
			"ACCOUNT,    LOW,    ROUND_ROBIN,  null,              access-team,   null,         Account,        PT4H, P2D",
			"NETWORK,    HIGH,   ROUND_ROBIN,  null,              network-team,  null,         Network,        PT4H, P2D",
			"EMAIL,      MEDIUM, ROUND_ROBIN,  null,              email-team,    null,         E-mail,         PT4H, P2D",
			"HARDWARE,   MEDIUM, LEAST_LOADED, null,              hardware-team, null,         Hardware,       PT4H, P3D",
			"SOFTWARE,   LOW,    RANDOM,       null,              software-team, null,         Software,       PT4H, P3D",
			"BILLING,    HIGH,   STATIC,       dave@example.com,  billing-team,  ROUND_ROBIN,  Billing,        PT4H, P2D",
			"FACILITIES, MEDIUM, ROUND_ROBIN,  null,              consultants,   null,         Fallback,       PT8H, P5D" })
	void eachRuleDecidesItsStrategyPoolAndSla(String service, String priority, String strategy, String consultant,
			String pool, String fallback, String rule, String firstResponse, String resolution) {
		DmnDecisionResultEntries result = engine
			.evaluateDecision(decision,
					Variables.fromMap(
							Map.of("service", service, "priority", priority, "channel", "EMAIL", "language", "en")))
			.getSingleResult();

		// Empty output cells are left out of the result, so absent means null.
		Map<String, Object> outputs = result.getEntryMap();
		assertThat(outputs.get("strategy")).isEqualTo(strategy);
		assertThat(outputs.get("consultant")).isEqualTo(consultant);
		assertThat(outputs.get("pool")).isEqualTo(pool);
		assertThat(outputs.get("fallbackStrategy")).isEqualTo(fallback);
		assertThat(outputs.get("rule")).isEqualTo(rule);
		assertThat(outputs.get("firstResponse")).isEqualTo(firstResponse);
		assertThat(outputs.get("resolution")).isEqualTo(resolution);
	}

}
