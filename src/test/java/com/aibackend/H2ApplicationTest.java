package com.aibackend;

import org.springframework.boot.test.context.SpringBootTest;

/** The running application on the embedded default database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:running-app;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"logging.level.org.camunda.bpm.engine.rest.exception=off" })
class H2ApplicationTest extends RunningApplicationScenarios {

}
