package com.aibackend.security.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.aibackend.AiBackendApplication;
import com.aibackend.ProcessTestConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/**
 * The production checklist: each gap stops the start and is named; a ready configuration
 * passes.
 */
@ProcessTestConfiguration
@ExtendWith(OutputCaptureExtension.class)
class ProductionReadinessTest {

	private static final String POSTGRES = "jdbc:postgresql://db.internal:5432/aibackend";

	@Autowired
	IdentityService identityService;

	@Test
	void everyGapIsNamedWithWhatToSet() {
		MockEnvironment environment = new MockEnvironment().withProperty("aibackend.demo.enabled", "true")
			.withProperty("spring.datasource.url", "jdbc:h2:file:./data/ai-backend;LOCK_TIMEOUT=10000")
			.withProperty("aibackend.whatsapp.verify-token", "token")
			.withProperty("aibackend.whatsapp.access-token", "access")
			.withProperty("aibackend.mail.smtp.host", "smtp.example.com");

		List<String> problems = ProductionReadiness.problems(environment, this.identityService);

		assertThat(problems).anySatisfy((problem) -> assertThat(problem).contains("DEMO_ENABLED=false"))
			.anySatisfy((problem) -> assertThat(problem).contains("embedded H2").contains("DB_URL"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("WhatsApp is half configured")
				.contains("WHATSAPP_APP_SECRET")
				.contains("WHATSAPP_PHONE_NUMBER_ID")
				.doesNotContain("WHATSAPP_VERIFY_TOKEN"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("E-mail out (SMTP)").contains("MAIL_FROM"))
			// The demo users of this test context still have their published passwords.
			.anySatisfy(
					(problem) -> assertThat(problem).contains("admin@example.com").contains("published demo password"));
		assertThat(problems).noneMatch((problem) -> problem.startsWith("Qiscus"));
	}

	@Test
	void aCompleteConfigurationWithoutDemoPasswordsPasses() {
		MockEnvironment environment = new MockEnvironment().withProperty("aibackend.demo.enabled", "false")
			.withProperty("spring.datasource.url", POSTGRES)
			.withProperty("aibackend.qiscus.webhook-secret", "s")
			.withProperty("aibackend.qiscus.app-code", "app")
			.withProperty("aibackend.qiscus.secret-key", "k");
		String demoPassword = "consultant123";
		String user = "frank@example.com";
		org.camunda.bpm.engine.identity.User frank = this.identityService.createUserQuery().userId(user).singleResult();
		frank.setPassword("An0ther-Secret!");
		this.identityService.saveUser(frank);
		try {
			assertThat(ProductionReadiness.problems(environment, this.identityService))
				.noneMatch((problem) -> problem.contains(user))
				.noneMatch((problem) -> problem.contains("H2") || problem.contains("DEMO_ENABLED")
						|| problem.contains("Qiscus"));
		}
		finally {
			org.camunda.bpm.engine.identity.User current = this.identityService.createUserQuery()
				.userId(user)
				.singleResult();
			current.setPassword(demoPassword);
			this.identityService.saveUser(current);
			// The check tried the demo password once: the failed attempt must not lock
			// Frank out of later tests.
			this.identityService.unlockUser(user);
		}
	}

	@Test
	void aProductionStartWithGapsFailsAndSaysWhy(CapturedOutput output) {
		SpringApplicationBuilder production = new SpringApplicationBuilder(AiBackendApplication.class)
			.profiles("production");
		String[] arguments = { "--spring.datasource.url=jdbc:h2:mem:production-refused;DB_CLOSE_DELAY=-1",
				"--server.port=0", "--camunda.bpm.job-execution.enabled=false", "--DEMO_ENABLED=true" };

		assertThatThrownBy(() -> production.run(arguments))
			.hasRootCauseInstanceOf(NotReadyForProductionException.class);
		assertThat(output).contains("not ready for production").contains("DEMO_ENABLED=false").contains("embedded H2");
	}

}
