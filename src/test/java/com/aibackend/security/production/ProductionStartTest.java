package com.aibackend.security.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.aibackend.AiBackendApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A production start that meets the checklist: it starts, without demo users, with
 * Camunda's password policy, secure cookies and security headers.
 */
class ProductionStartTest {

	@Test
	void aReadyProductionConfigurationStartsHardened() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				ConfigurableApplicationContext application = new SpringApplicationBuilder(AiBackendApplication.class)
					.profiles("production", "postgres")
					.run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
							"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
							"--camunda.bpm.job-execution.enabled=false",
							// The weak password this test tries is asserted, not logged.
							"--camunda.bpm.generic-properties.properties.enable-cmd-exception-logging=false")) {
			IdentityService identity = application.getBean(IdentityService.class);
			assertThat(identity.createUserQuery().userId("admin@example.com").count()).isZero();
			assertThat(
					identity.createGroupQuery().groupIdIn("agents", "consultants", "analysts", "camunda-admin").count())
				.isEqualTo(4);

			User weak = identity.newUser("operator@example.com");
			weak.setPassword("admin123");
			assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(ProcessEngineException.class);
			assertThat(identity.createUserQuery().userId("operator@example.com").count()).isZero();

			int port = ((WebServerApplicationContext) application).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			HttpResponse<String> api = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tickets")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(api.statusCode()).isEqualTo(401);
			assertThat(api.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					(csp) -> assertThat(csp).contains("default-src 'none'").contains("frame-ancestors 'none'"));
			assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(api.headers().firstValue("X-Frame-Options")).hasValue("DENY");

			HttpResponse<String> webapp = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
					.build(), HttpResponse.BodyHandlers.ofString());
			List<String> cookies = webapp.headers().allValues("Set-Cookie");
			assertThat(cookies).isNotEmpty().allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("Secure"));
			assertThat(webapp.headers().firstValue("Content-Security-Policy")).isPresent();
			assertThat(webapp.headers().firstValue("Strict-Transport-Security")).isPresent();
		}
	}

}
