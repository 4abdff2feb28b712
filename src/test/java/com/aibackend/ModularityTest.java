package com.aibackend;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a feature module; none reaches into another's internals or
 * forms a cycle.
 */
class ModularityTest {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(AiBackendApplication.class).verify();
	}

}
