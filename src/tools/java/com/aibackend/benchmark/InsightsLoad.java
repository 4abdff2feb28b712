package com.aibackend.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code tools insights-bench [--database h2|postgres] [--tickets N]}:
 * starts the application on a fresh database, generates N tickets (100,000 by default)
 * over the last 180 days with their conversations, readings and triage decisions, and
 * times {@code GET /api/insights} (what the insights page loads) for 30, 90 and 366 days.
 */
public final class InsightsLoad {

	private static final String[] SERVICES = { "NETWORK", "HARDWARE", "ACCESS", "EMAIL", "BILLING", "SOFTWARE" };

	private static final String[] CHANNELS = { "WHATSAPP", "EMAIL", "QISCUS", "API" };

	private static final String[] CONSULTANTS = { "alice@example.com", "bob@example.com", "carol@example.com",
			"dave@example.com", "erin@example.com", "frank@example.com" };

	private static final int BATCH = 1000;

	private static final int REPEATS = 5;

	private InsightsLoad() {
	}

	public static void main(Class<?> application, String[] args) throws Exception {
		Options options = Options.parse(args, "h2");
		Path directory = Files.createTempDirectory("ai-backend-insights");
		try (Databases databases = Databases.start(options.database(), directory)) {
			System.out.printf("insights: starting the application on %s%n", options.database());
			List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--aibackend.demo.enabled=true",
					"--logging.level.root=WARN", "--logging.level.com.aibackend=WARN"));
			arguments.addAll(databases.appArguments());
			arguments.addAll(options.appArguments());
			ConfigurableApplicationContext app = new SpringApplicationBuilder(application).logStartupInfo(false)
				.run(arguments.toArray(String[]::new));
			try {
				int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
				generate(app.getBean(JdbcTemplate.class), options.tickets());
				measure(port, options);
			}
			finally {
				app.close();
			}
		}
		System.exit(0);
	}

	private static void generate(JdbcTemplate sql, int tickets) {
		Random random = new Random(42);
		Instant now = Instant.now();
		long started = System.nanoTime();
		long firstId = 1_000_000_000L;
		for (int from = 0; from < tickets; from += BATCH) {
			List<Object[]> conversations = new ArrayList<>();
			List<Object[]> payloads = new ArrayList<>();
			List<Object[]> ticketRows = new ArrayList<>();
			List<Object[]> readings = new ArrayList<>();
			List<Object[]> triages = new ArrayList<>();
			for (int i = from; i < Math.min(from + BATCH, tickets); i++) {
				String conversation = UUID.randomUUID().toString();
				String payload = UUID.randomUUID().toString();
				Instant created = now.minusSeconds(random.nextInt(180 * 24 * 3600));
				String service = SERVICES[random.nextInt(SERVICES.length)];
				String channel = CHANNELS[random.nextInt(CHANNELS.length)];
				String consultant = CONSULTANTS[random.nextInt(CONSULTANTS.length)];
				Instant firstAnswer = created.plusSeconds(60 + random.nextInt(8 * 3600));
				boolean closed = random.nextInt(10) < 8;
				Instant closedAt = closed ? firstAnswer.plusSeconds(random.nextInt(5 * 24 * 3600)) : null;
				boolean expiredConversation = random.nextInt(50) == 0;
				conversations.add(new Object[] { conversation, channel, "c" + i + "@example.com",
						expiredConversation ? "EXPIRED" : "PROCESSED", ts(created), ts(created), ts(created),
						"TCK-" + (firstId + i) });
				payloads.add(new Object[] { payload, conversation, ts(created) });
				ticketRows.add(new Object[] { firstId + i, service, closed ? "CLOSED" : "IN_PROGRESS", consultant,
						conversation, payload, service.toLowerCase(Locale.ROOT) + "-team", ts(created), ts(created),
						ts(closedAt), ts(firstAnswer), ts(created.plusSeconds(72 * 3600)),
						(random.nextInt(10) == 0) ? ts(created.plusSeconds(4 * 3600)) : null });
				int rounds = (random.nextInt(4) == 0) ? 1 + random.nextInt(2) : 0;
				for (int r = 0; r <= rounds; r++) {
					readings.add(new Object[] { UUID.randomUUID().toString(), conversation, r + 1, ts(created),
							(r < rounds) ? "description" : "", ts(created) });
				}
				if (random.nextInt(8) == 0) {
					String guess = (random.nextInt(5) == 0) ? SERVICES[random.nextInt(SERVICES.length)] : service;
					triages.add(new Object[] { UUID.randomUUID().toString(), conversation, service, guess,
							ts(created.plusSeconds(300)) });
				}
			}
			sql.batchUpdate("insert into conversation (id, channel, sender_address, status, opened_at, created_at, "
					+ "updated_at, ticket_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)", conversations);
			sql.batchUpdate("insert into payload (id, conversation_id, status, content, created_at) "
					+ "values (?, ?, 'PROCESSED', '{}', ?)", payloads);
			sql.batchUpdate("insert into ticket (id, title, description, service, priority, status, consultant, "
					+ "conversation_id, payload_id, assignment_pool, created_at, "
					+ "updated_at, closed_at, first_responded_at, resolution_due, first_response_breached_at, version) "
					+ "values (?, 'Generated', 'Generated ticket', ?, 'MEDIUM', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", ticketRows);
			sql.batchUpdate("insert into reading (id, conversation_id, ordinal, round_opened_at, source, intent, "
					+ "missing_fields, created_at) values (?, ?, ?, ?, 'BOT', 'NEW_REQUEST', ?, ?)", readings);
			sql.batchUpdate("insert into triage_decision (id, conversation_id, text, intent, service, bot_service, "
					+ "priority, decided_by, decided_at) values (?, ?, 'Generated', 'NEW_REQUEST', ?, ?, 'MEDIUM', "
					+ "'agent@example.com', ?)", triages);
			if ((from / BATCH) % 10 == 9) {
				System.out.printf("insights:   %d tickets generated%n", from + BATCH);
			}
		}
		// What autovacuum does soon after such a load: the planner learns the tables'
		// sizes.
		sql.execute("analyze");
		System.out.printf(Locale.ROOT, "insights: %d tickets generated in %.1f s%n", tickets,
				(System.nanoTime() - started) / 1e9);
	}

	private static void measure(int port, Options options) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String credentials = "Basic "
				+ Base64.getEncoder().encodeToString("analyst@example.com:analyst123".getBytes(StandardCharsets.UTF_8));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int days : new int[] { 30, 90, 366 }) {
			URI uri = URI.create(
					"http://127.0.0.1:" + port + "/api/insights?from=" + today.minusDays(days - 1) + "&to=" + today);
			HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", credentials).build();
			// The first call warms the JIT compiler and the database's caches; not
			// counted.
			HttpResponse<String> first = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (first.statusCode() != 200) {
				throw new IllegalStateException(uri + " answered " + first.statusCode() + ": " + first.body());
			}
			List<Double> millis = new ArrayList<>();
			for (int i = 0; i < REPEATS; i++) {
				long start = System.nanoTime();
				client.send(request, HttpResponse.BodyHandlers.ofString());
				millis.add((System.nanoTime() - start) / 1e6);
			}
			Collections.sort(millis);
			System.out.printf(Locale.ROOT,
					"insights: db=%s tickets=%d range_days=%d median_ms=%.0f max_ms=%.0f response_kb=%d%n",
					options.database(), options.tickets(), days, millis.get(millis.size() / 2),
					millis.get(millis.size() - 1), first.body().length() / 1024);
		}
	}

	private static Timestamp ts(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
