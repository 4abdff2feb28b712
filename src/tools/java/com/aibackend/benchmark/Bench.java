package com.aibackend.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code tools bench [--database h2|postgres] [--messages N] [--rate R]
 * [--threads T]}: starts the application (on a fresh H2 file, or on an embedded
 * PostgreSQL), offers N signed WhatsApp deliveries at R per second (open loop: latency
 * counts from the scheduled send time), then N more at full speed from T client threads,
 * each a new customer with a clear request; measures acknowledgement and message → ticket
 * times, tickets per second and peak resident memory; then measures the bare engine on
 * the same kind of database and history level and prints the ratio.
 */
public final class Bench {

	/** Enough for the JIT compiler to have done its work before anything is measured. */
	private static final int WARM_UP_MESSAGES = 300;

	/** Number prefixes of each phase's customers. */
	private static final String WARM_UP = "4901", AT_RATE = "4902", FULL_SPEED = "4903";

	private final Options options;

	private final WhatsAppDeliveries deliveries = new WhatsAppDeliveries();

	private final HttpClient client;

	private final Map<String, Long> scheduled = new ConcurrentHashMap<>();

	private final List<Long> ackNanos = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger sent = new AtomicInteger();

	private final AtomicInteger acked = new AtomicInteger();

	private final AtomicInteger refused = new AtomicInteger();

	private URI webhook;

	private final Class<?> application;

	private Bench(Options options, Class<?> application) {
		this.options = options;
		this.application = application;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(8))
			.build();
	}

	/**
	 * @param application the application's configuration class (passed in, so that this
	 * module does not depend on the one that starts it)
	 */
	public static void main(Class<?> application, String[] args) throws Exception {
		Options options = Options.parse(args, "h2");
		new Bench(options, application).run();
		// The embedded database's and the client's threads are done with.
		System.exit(0);
	}

	private void run() throws Exception {
		Path directory = Files.createTempDirectory("ai-backend-bench");
		try (Databases databases = Databases.start(this.options.database(), directory);
				ProviderStandIn provider = new ProviderStandIn(this.deliveries)) {
			System.out.printf("bench: starting the application on %s%n", this.options.database());
			ConfigurableApplicationContext app = new SpringApplicationBuilder(this.application).logStartupInfo(false)
				.run(appArguments(databases, provider));
			Result result;
			String historyLevel = app.getEnvironment().getProperty("camunda.bpm.history-level", "full");
			try {
				int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
				this.webhook = URI.create("http://127.0.0.1:" + port + "/webhooks/whatsapp");
				provider.reportTo(this.webhook);
				JdbcTemplate sql = app.getBean(JdbcTemplate.class);
				result = measure(sql, provider);
			}
			finally {
				app.close();
			}
			System.out.printf("bench: the bare engine (history %s), %d instances from %d threads%n", historyLevel,
					this.options.messages(), this.options.threads());
			double baseline;
			try (HikariDataSource dataSource = databases.baselineDataSource()) {
				baseline = BareEngineBaseline.measure(dataSource, historyLevel, this.options.messages(),
						this.options.threads());
			}
			System.out.printf(Locale.ROOT,
					"bench: db=%s messages=%d ack_p50_ms=%.1f ack_p99_ms=%.1f e2e_p50_ms=%.0f e2e_p99_ms=%.0f "
							+ "tickets_per_s=%.1f baseline_per_s=%.1f ratio=%.2f rss_mb=%d%n",
					this.options.database(), this.options.messages(), result.ackP50(), result.ackP99(), result.e2eP50(),
					result.e2eP99(), result.ticketsPerSecond(), baseline, result.ticketsPerSecond() / baseline,
					result.rssMb());
		}
	}

	private Result measure(JdbcTemplate sql, ProviderStandIn provider) throws InterruptedException {
		int messages = this.options.messages();
		System.out.printf("bench: warm-up, %d messages at %d/s%n", Math.min(WARM_UP_MESSAGES, messages),
				this.options.rate());
		offerAtRate(WARM_UP, Math.min(WARM_UP_MESSAGES, messages), this.options.rate());
		settle(sql, WARM_UP, provider);
		this.ackNanos.clear();

		System.out.printf("bench: %d messages at %d/s (open loop)%n", messages, this.options.rate());
		long rateStart = System.currentTimeMillis();
		offerAtRate(AT_RATE, messages, this.options.rate());
		settle(sql, AT_RATE, provider);
		List<Long> acks = new ArrayList<>(this.ackNanos);
		List<Long> e2e = new ArrayList<>();
		sql.query("select c.sender_address, t.created_at from ticket t join conversation c on c.id = t.conversation_id "
				+ "where c.sender_address like ?", (row) -> {
					Long at = this.scheduled.get(row.getString(1));
					if (at != null) {
						e2e.add(row.getTimestamp(2).getTime() - at);
					}
				}, AT_RATE + "%");
		long[] ackMax = { 0 };
		acks.forEach((nanos) -> ackMax[0] = Math.max(ackMax[0], nanos));
		System.out.printf(Locale.ROOT, "bench: at %d/s: %d of %d acknowledged with 200 (max %.1f ms), %d tickets%n",
				this.options.rate(), messages - this.refused.get(), messages, ackMax[0] / 1e6, e2e.size());

		System.out.printf("bench: %d messages at full speed from %d threads%n", messages, this.options.threads());
		long fullStart = System.currentTimeMillis();
		offerAtFullSpeed(FULL_SPEED, messages, this.options.threads());
		settle(sql, FULL_SPEED, provider);
		Timestamp lastTicket = sql.queryForObject(
				"select max(t.created_at) from ticket t join conversation c "
						+ "on c.id = t.conversation_id where c.sender_address like ?",
				Timestamp.class, FULL_SPEED + "%");
		Integer tickets = sql.queryForObject("select count(*) from ticket t join conversation c "
				+ "on c.id = t.conversation_id where c.sender_address like ?", Integer.class, FULL_SPEED + "%");
		double perSecond = (lastTicket != null && tickets != null)
				? tickets / ((lastTicket.getTime() - fullStart) / 1000.0) : 0;
		System.out.printf(Locale.ROOT, "bench: full speed: %d tickets in %.1f s; rate phase took %.1f s%n",
				(tickets != null) ? tickets : 0, (lastTicket != null) ? (lastTicket.getTime() - fullStart) / 1000.0 : 0,
				(fullStart - rateStart) / 1000.0);
		return new Result(Figures.percentile(acks, 50) / 1e6, Figures.percentile(acks, 99) / 1e6, Figures.percentile(e2e, 50),
				Figures.percentile(e2e, 99), perSecond, Figures.peakResidentMb());
	}

	/**
	 * Open loop: each send leaves at its scheduled time, however slow earlier answers
	 * were.
	 */
	private void offerAtRate(String phase, int messages, int rate) throws InterruptedException {
		long period = 1_000_000_000L / rate;
		long start = System.nanoTime() + 10_000_000L;
		for (int i = 0; i < messages; i++) {
			long due = start + i * period;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			String sender = customer(phase, i);
			this.scheduled.put(sender, System.currentTimeMillis() - (System.nanoTime() - due) / 1_000_000);
			this.sent.incrementAndGet();
			this.client.sendAsync(delivery(sender, i), HttpResponse.BodyHandlers.discarding())
				.whenComplete((response, failure) -> acknowledged(response, failure, due));
		}
	}

	private void offerAtFullSpeed(String phase, int messages, int threads) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (int t = 0; t < threads; t++) {
			pool.execute(() -> {
				for (int i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
					long start = System.nanoTime();
					this.sent.incrementAndGet();
					try {
						acknowledged(this.client.send(delivery(customer(phase, i), i),
								HttpResponse.BodyHandlers.discarding()), null, start);
					}
					catch (IOException ex) {
						acknowledged(null, ex, start);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.HOURS);
	}

	private void acknowledged(HttpResponse<Void> response, Throwable failure, long due) {
		this.ackNanos.add(System.nanoTime() - due);
		this.acked.incrementAndGet();
		if (failure != null || response.statusCode() != 200) {
			this.refused.incrementAndGet();
		}
	}

	/**
	 * Waits until every message of the phase has a conversation whose process went as far
	 * as it goes without a person (a ticket, a question to the customer, triage, an
	 * answer) and every answer to these customers is sent, showing progress; the next
	 * phase starts without a backlog.
	 */
	private void settle(JdbcTemplate sql, String phase, ProviderStandIn provider) throws InterruptedException {
		long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(10);
		while (System.currentTimeMillis() < deadline) {
			Map<String, Object> counts = sql.queryForMap("select count(*) as conversations, "
					+ "sum(case when status in ('RECEIVED', 'READY') then 1 else 0 end) as in_flight, "
					+ "sum(case when status = 'PROCESSED' then 1 else 0 end) as tickets "
					+ "from conversation where sender_address like ?", phase + "%");
			long conversations = ((Number) counts.get("conversations")).longValue();
			long inFlight = (counts.get("in_flight") != null) ? ((Number) counts.get("in_flight")).longValue() : 0;
			Integer unsent = sql.queryForObject("select count(*) from message m join conversation c "
					+ "on c.id = m.conversation_id where m.direction = 'OUT' and m.state = 'PENDING' "
					+ "and c.sender_address like ?", Integer.class, phase + "%");
			System.out.printf(
					"bench:   sent=%d acked=%d conversations=%d in_flight=%d tickets=%s answers_sent=%d "
							+ "answers_pending=%d%n",
					this.sent.get(), this.acked.get(), conversations, inFlight, counts.get("tickets"), provider.sends(),
					unsent);
			if (this.acked.get() >= this.sent.get() && inFlight == 0 && conversations > 0 && unsent == 0) {
				return;
			}
			Thread.sleep(1000);
		}
		System.out.println("bench:   not settled after 10 minutes; figures cover what was done");
	}

	private HttpRequest delivery(String sender, int index) {
		return this.deliveries.signed(this.webhook,
				this.deliveries.message(sender, "wamid.IN-" + UUID.randomUUID(), index));
	}

	/** A WhatsApp number per message: the phase's prefix and a sequence. */
	private static String customer(String phase, int index) {
		return phase + "%08d".formatted(index);
	}

	private String[] appArguments(Databases databases, ProviderStandIn provider) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--aibackend.demo.enabled=true",
				"--logging.level.root=WARN", "--logging.level.com.aibackend=WARN"));
		arguments.addAll(WhatsAppDeliveries.appArguments(provider.baseUrl()));
		arguments.addAll(databases.appArguments());
		arguments.addAll(this.options.appArguments());
		return arguments.toArray(String[]::new);
	}

	private record Result(double ackP50, double ackP99, double e2eP50, double e2eP99, double ticketsPerSecond,
			long rssMb) {
	}

}
