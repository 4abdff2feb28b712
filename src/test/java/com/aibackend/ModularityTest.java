package com.aibackend;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.leaky.LeakyApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.test.TestApplicationModules;

/**
 * Each top-level package is a feature module with a public face; its sub-packages (by
 * convention {@code internal}) are hidden from the others. No module reaches into
 * another's internals or forms a cycle.
 */
class ModularityTest {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(AiBackendApplication.class).verify();
	}

	@Test
	void theModulesAreTheFeaturesAndTheDevelopmentToolsAreNoneOfThem() {
		ApplicationModules modules = ApplicationModules.of(AiBackendApplication.class);

		assertThat(modules.stream().map(ApplicationModule::getName))
			.contains("catalogue", "platform", "intake", "conversation", "bot", "payload", "assignment", "ticket",
					"teamwork", "shared")
			.doesNotContain("benchmark", "tools");
		// The catalogue is read by the bot and the assignment rules; it reads no feature.
		ApplicationModule catalogue = modules.getModuleByName("catalogue").orElseThrow();
		assertThat(
				modules.getModuleByName("bot").orElseThrow().getDependencies(modules).containsModuleNamed("catalogue"))
			.isTrue();
		assertThat(catalogue.getDependencies(modules).stream()).isEmpty();
	}

	@Test
	void reachingIntoAnotherModulesInternalPackageIsAViolation() {
		Violations violations = TestApplicationModules.of(LeakyApplication.class).detectViolations();

		assertThat(violations.getMessages()).isNotEmpty()
			.allSatisfy((message) -> assertThat(message).startsWith(
					"Module 'intake' depends on non-exposed type com.example.leaky.outbound.internal.Transport"));
	}

}
