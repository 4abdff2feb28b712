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

	@ParameterizedTest(name = "{0}/{1} -> {2} {3} {4}")
	@CsvSource(nullValues = "null",
			value = { "ACCOUNT,  HIGH,   STATIC,      carol@example.com, null",
					"ACCOUNT,  LOW,    ROUND_ROBIN, null,              access-team",
					"NETWORK,  HIGH,   ROUND_ROBIN, null,              network-team",
					"EMAIL,    MEDIUM, ROUND_ROBIN, null,              email-team",
					"HARDWARE, MEDIUM, RANDOM,      null,              hardware-team",
					"SOFTWARE, LOW,    RANDOM,      null,              software-team",
					"BILLING,  HIGH,   STATIC,      dave@example.com,  null",
					"FACILITIES, MEDIUM, ROUND_ROBIN, null,            consultants" })
	void eachRuleDecidesItsStrategy(String service, String priority, String strategy, String consultant,
			String candidateGroup) {
		DmnDecisionResultEntries result = engine
			.evaluateDecision(decision, Variables.fromMap(Map.of("service", service, "priority", priority)))
			.getSingleResult();

		// Empty output cells are left out of the result, so absent means null.
		Map<String, Object> outputs = result.getEntryMap();
		assertThat(outputs.get("strategy")).isEqualTo(strategy);
		assertThat(outputs.get("consultant")).isEqualTo(consultant);
		assertThat(outputs.get("candidateGroup")).isEqualTo(candidateGroup);
	}

}
