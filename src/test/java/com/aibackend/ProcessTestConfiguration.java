package com.aibackend;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The shared context of process and API tests: an in-memory database and no job executor,
 * so each test drives asynchronous steps and timers itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
		"camunda.bpm.job-execution.enabled=false", "aibackend.demo.enabled=true" })
@AutoConfigureMockMvc
// Metrics are exported as in production, so that the Prometheus endpoint can be tested.
@AutoConfigureObservability
// Drives the intake step by step: see Scenario.
@Import(Scenario.class)
public @interface ProcessTestConfiguration {

}
