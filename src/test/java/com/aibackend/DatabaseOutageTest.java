package com.aibackend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.aibackend.shared.WebhookRequests;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL goes down under the application and comes back: meanwhile webhooks answer
 * 503 (so the provider delivers again) and store nothing; afterwards the same delivery is
 * taken and processing goes on without anyone stepping in. The database is this class's
 * own, since it is stopped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aibackend.whatsapp.verify-token=outage",
				// A delivery whose routing the outage broke is swept up soon after.
				"aibackend.intake.inbox-sweep-every=PT2S", "aibackend.intake.inbox-grace=PT1S",
				"aibackend.whatsapp.app-secret=" + DatabaseOutageTest.SECRET, "aibackend.whatsapp.access-token=outage",
				"aibackend.whatsapp.phone-number-id=1", "aibackend.whatsapp.api-base-url=http://127.0.0.1:9/graph",
				// What the outage makes the job executor and pool say is expected here.
				"logging.level.org.camunda.bpm.engine=off", "logging.level.com.zaxxer.hikari=off",
				"logging.level.org.hibernate.engine.jdbc.spi.SqlExceptionHelper=off",
				"logging.level.org.springframework.transaction.support.TransactionTemplate=off",
				"logging.level.org.hibernate.event.internal.DefaultLoadEventListener=off",
				"logging.level.com.aibackend.platform.ProblemResponses=error",
				// A step the outage broke is tried again a second later, not half a
				// minute.
				"camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle=R5/PT1S",
				// A step whose failure could not be written stays locked until this
				// expires.
				"camunda.bpm.job-execution.lock-time-in-millis=10000" })
@ActiveProfiles("postgres")
@DirtiesContext
class DatabaseOutageTest {

	static final String SECRET = "outage-app-secret";

	static final Path DATA = dataDirectory();

	static final int PORT = freePort();

	static EmbeddedPostgres postgres = start();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate sql;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void whileTheDatabaseIsDownWebhooksAnswer503AndTheRedeliveryIsTakenAfterwards() throws Exception {
		assertThat(post(delivery("4915100000001")).statusCode()).isEqualTo(200);

		postgres.close();
		String during = delivery("4915100000002");
		HttpResponse<String> refused = post(during);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(refused.body()).contains("nothing was stored").doesNotContain("Exception", "SQL");

		postgres = start();
		await().atMost(Duration.ofSeconds(30)).until(() -> post(during).statusCode() == 200);
		await().atMost(Duration.ofSeconds(10)).until(() -> conversationsOf("4915100000002") == 1);
		// Both customers' processes went on by themselves: classified and answered.
		await().atMost(Duration.ofSeconds(60)).until(() -> settled("4915100000001") && settled("4915100000002"));
	}

	@Test
	void theSameDeliveryThreeTimesAtOnceYieldsOneConversation() throws Exception {
		String body = delivery("4915100000003");
		ExecutorService pool = Executors.newFixedThreadPool(3);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			answers.add(pool.submit(() -> post(body)));
		}
		for (Future<HttpResponse<String>> answer : answers) {
			assertThat(answer.get().statusCode()).isEqualTo(200);
		}
		pool.shutdown();
		await().atMost(Duration.ofSeconds(10)).until(() -> conversationsOf("4915100000003") == 1);
		assertThat(this.sql.queryForObject(
				"select count(*) from message m join conversation c on c.id = "
						+ "m.conversation_id where c.sender_address = ? and m.direction = 'IN'",
				Integer.class, "4915100000003"))
			.isOne();
	}

	private boolean settled(String sender) {
		return this.sql.queryForObject(
				"select count(*) from conversation where sender_address = ? and status not in ('RECEIVED', 'READY')",
				Integer.class, sender) == 1;
	}

	private int conversationsOf(String sender) {
		return this.sql.queryForObject("select count(*) from conversation where sender_address = ?", Integer.class,
				sender);
	}

	private HttpResponse<String> post(String body) throws IOException, InterruptedException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/webhooks/whatsapp"))
			.header("Content-Type", "application/json")
			.header("X-Hub-Signature-256", "sha256=" + WebhookRequests.hmacSha256Hex(SECRET, bytes))
			.timeout(Duration.ofSeconds(20))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String delivery(String sender) {
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
				"messaging_product":"whatsapp","metadata":{"display_phone_number":"1","phone_number_id":"1"},
				"contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"%s"}],
				"messages":[{"from":"%s","id":"wamid.IN-%s","timestamp":"1749416383","type":"text","text":{"body":
				"Hi, this is Sheena Nelson from Brightwave Logistics. Our invoices in the billing portal show the wrong VAT rate."}}]}}]}]}"""
			.formatted(sender, sender, UUID.randomUUID());
	}

	/** The same data directory and port each time, as a restarted server has. */
	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(PORT).start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path dataDirectory() {
		try {
			return Files.createTempDirectory("outage-postgres");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
