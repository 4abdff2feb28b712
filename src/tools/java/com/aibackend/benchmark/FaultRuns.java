package com.aibackend.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nothing lost, nothing twice, with application nodes as processes of their own on one
 * PostgreSQL:
 * <ul>
 * <li>{@code tools crash [--messages N] [--rate R] [--kill-after S]}:
 * a node is killed with {@code SIGKILL} under load and started again; every delivery is
 * then sent again, as a provider redelivers what it has no 200 for.</li>
 * <li>{@code tools cluster [--messages N] [--rate R]}: two nodes take
 * the load; halfway one is killed and its share goes to the other, as a load balancer
 * does.</li>
 * </ul>
 * Each prints what it counted in the database and at the provider stand-in, and exits
 * non-zero when anything was lost or duplicated.
 */
public final class FaultRuns {

	private static final Duration START_PATIENCE = Duration.ofMinutes(3);

	private final WhatsAppDeliveries deliveries = new WhatsAppDeliveries();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.executor(Executors.newFixedThreadPool(8))
		.build();

	private final Options options;

	private final int messages;

	private final int rate;

	private FaultRuns(Options options) {
		this.options = options;
		this.messages = options.messages();
		this.rate = options.rate();
	}

	public static void main(String mode, String[] args) throws Exception {
		Options options = Options.parse(args, "postgres");
		if (!"postgres".equals(options.database())) {
			throw new IllegalArgumentException(mode + " runs its nodes on PostgreSQL; leave out --database");
		}
		// What the command prints is its report: libraries only speak up on errors.
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		FaultRuns runs = new FaultRuns(options);
		boolean clean = "cluster".equals(mode) ? runs.cluster() : runs.crash();
		System.exit(clean ? 0 : 1);
	}

	private boolean crash() throws Exception {
		Path directory = Files.createTempDirectory("ai-backend-crash");
		try (Databases databases = Databases.start("postgres", directory);
				ProviderStandIn provider = new ProviderStandIn(this.deliveries);
				HikariDataSource dataSource = databases.appDataSource()) {
			Node node = new Node("node", nodeArguments(databases, provider), directory);
			System.out.printf("crash: starting the application (log: %s)%n", directory.resolve("node.log"));
			node.start();
			node.awaitHealthy(START_PATIENCE);
			provider.reportTo(node.webhook());
			int[] status = new int[this.messages];
			Thread load = new Thread(() -> offer(status, (i) -> node.webhook()), "load");
			load.start();
			Thread.sleep(this.options.killAfterSeconds() * 1000L);
			node.kill();
			int acknowledged = count(status, 200);
			System.out.printf("crash: killed with SIGKILL after %d s; %d deliveries had their 200%n",
					this.options.killAfterSeconds(), acknowledged);
			load.join();
			node.start();
			long restarted = System.nanoTime();
			node.awaitHealthy(START_PATIENCE);
			JdbcTemplate sql = new JdbcTemplate(dataSource);
			// Acknowledged means stored in the inbox; routing those the crash interrupted is
			// the sweep's work, which the final count of conversations checks.
			int lostAcknowledged = 0;
			for (int i = 0; i < this.messages; i++) {
				if (status[i] == 200 && deliveriesOf(sql, sender(i)) == 0) {
					lostAcknowledged++;
				}
			}
			System.out.printf("crash: restarted; %d acknowledged deliveries not stored%n", lostAcknowledged);
			System.out.println("crash: every delivery sent again, as the provider redelivers");
			int[] again = new int[this.messages];
			offer(again, (i) -> node.webhook());
			double settled = settle(sql, provider, restarted);
			boolean clean = report("crash", sql, provider, lostAcknowledged, count(again, 200), settled);
			node.stop();
			return clean;
		}
	}

	private boolean cluster() throws Exception {
		Path directory = Files.createTempDirectory("ai-backend-cluster");
		try (Databases databases = Databases.start("postgres", directory);
				ProviderStandIn provider = new ProviderStandIn(this.deliveries);
				HikariDataSource dataSource = databases.appDataSource()) {
			Node first = new Node("node-1", nodeArguments(databases, provider), directory);
			Node second = new Node("node-2", nodeArguments(databases, provider), directory);
			System.out.printf("cluster: starting two nodes at once (logs in %s)%n", directory);
			first.start();
			second.start();
			first.awaitHealthy(START_PATIENCE);
			second.awaitHealthy(START_PATIENCE);
			provider.reportTo(first.webhook());
			int[] status = new int[this.messages];
			AtomicBoolean secondDown = new AtomicBoolean();
			Thread load = new Thread(
					() -> offer(status, (i) -> (i % 2 == 1 && !secondDown.get()) ? second.webhook() : first.webhook()),
					"load");
			load.start();
			Thread.sleep(1000L * this.messages / this.rate / 2);
			second.kill();
			secondDown.set(true);
			long killed = System.nanoTime();
			System.out.printf("cluster: node-2 killed with SIGKILL halfway; its share goes to node-1%n");
			load.join();
			// What got no 200 (node-2 died under it) is delivered again, to the node that
			// lives.
			int[] again = new int[this.messages];
			for (int i = 0; i < this.messages; i++) {
				again[i] = (status[i] == 200) ? 200 : send(first.webhook(), i);
			}
			JdbcTemplate sql = new JdbcTemplate(dataSource);
			double settled = settle(sql, provider, killed);
			Integer duplicatedFilters = sql.queryForObject(
					"select count(*) from (select name_ from act_ru_filter group by name_ having count(*) > 1) d",
					Integer.class);
			// Tickets handed to a consultant by round-robin (not those waiting in a
			// pool's queue).
			List<Map<String, Object>> pools = sql.queryForList("select assignment_pool as pool, "
					+ "max(n) - min(n) as spread, sum(n) as tickets from (select t.assignment_pool, t.consultant, "
					+ "count(*) as n from ticket t join assignment a on a.id = t.assignment_id "
					+ "where a.strategy = 'ROUND_ROBIN' and t.consultant is not null "
					+ "group by t.assignment_pool, t.consultant) per_consultant group by assignment_pool");
			System.out.printf("cluster: round-robin tickets per consultant: %s%n",
					sql.queryForList("select t.assignment_pool as pool, t.consultant, count(*) as tickets from ticket t "
							+ "join assignment a on a.id = t.assignment_id where a.strategy = 'ROUND_ROBIN' "
							+ "group by t.assignment_pool, t.consultant "
							+ "order by 1, 2"));
			System.out.printf("cluster: round-robin spread per pool (most minus fewest tickets): %s%n", pools);
			System.out.printf("cluster: Tasklist filters created more than once: %d%n", duplicatedFilters);
			boolean fair = pools.stream().allMatch((pool) -> ((Number) pool.get("spread")).intValue() <= 1);
			boolean clean = report("cluster", sql, provider, 0, count(again, 200), settled) && fair
					&& duplicatedFilters == 0;
			first.stop();
			return clean;
		}
	}

	private List<String> nodeArguments(Databases databases, ProviderStandIn provider) {
		List<String> arguments = new ArrayList<>(databases.appArguments());
		arguments.addAll(WhatsAppDeliveries.appArguments(provider.baseUrl()));
		// Consultants without a capacity limit: round-robin alone decides, so its
		// fairness shows.
		arguments.addAll(List.of("--aibackend.demo.enabled=true", "--logging.level.root=WARN",
				"--aibackend.assignment.default-capacity=100000"));
		arguments.addAll(this.options.appArguments());
		return arguments;
	}

	/** Open loop at the rate; {@code status[i]} is the HTTP status, or -1 without one. */
	private void offer(int[] status, IntFunction<URI> target) {
		long period = 1_000_000_000L / this.rate;
		long start = System.nanoTime();
		ExecutorService senders = Executors.newFixedThreadPool(16);
		for (int i = 0; i < this.messages; i++) {
			long wait = start + i * period - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			int index = i;
			URI uri = target.apply(i);
			senders.execute(() -> status[index] = send(uri, index));
		}
		senders.shutdown();
		try {
			senders.awaitTermination(5, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Delivery {@code index} always has the same channel id: a resend is a redelivery.
	 */
	private int send(URI webhook, int index) {
		try {
			return this.http
				.send(this.deliveries.signed(webhook,
						this.deliveries.message(sender(index), "wamid.IN-fault-" + index, index)),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/**
	 * Waits until every conversation went as far as it goes without a person and every
	 * answer is sent; returns the seconds since {@code since}.
	 */
	private double settle(JdbcTemplate sql, ProviderStandIn provider, long since) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
		while (System.nanoTime() < deadline) {
			Integer inFlight = sql.queryForObject(
					"select count(*) from conversation where status in ('RECEIVED', 'READY')", Integer.class);
			Integer pending = sql.queryForObject(
					"select count(*) from message where direction = 'OUT' and state = 'PENDING'", Integer.class);
			Integer conversations = sql.queryForObject("select count(*) from conversation", Integer.class);
			System.out.printf("  conversations=%d in_flight=%d answers_pending=%d answers_sent=%d%n", conversations,
					inFlight, pending, provider.sends());
			if (inFlight == 0 && pending == 0 && conversations >= this.messages) {
				return (System.nanoTime() - since) / 1e9;
			}
			Thread.sleep(2000);
		}
		return -1;
	}

	private static int deliveriesOf(JdbcTemplate sql, String sender) {
		Integer count = sql.queryForObject("select count(*) from inbound_delivery where sender_address = ?",
				Integer.class, sender);
		return (count != null) ? count : 0;
	}

	private boolean report(String mode, JdbcTemplate sql, ProviderStandIn provider, int lostAcknowledged,
			int acknowledged, double settled) {
		Integer lost = sql.queryForObject("select ? - count(distinct sender_address) from conversation", Integer.class,
				this.messages);
		Integer duplicateConversations = sql
			.queryForObject("select count(*) from (select sender_address from conversation group by sender_address "
					+ "having count(*) > 1) d", Integer.class);
		Integer duplicateTickets = sql
			.queryForObject("select count(*) from (select conversation_id from ticket group by conversation_id "
					+ "having count(*) > 1) d", Integer.class);
		Integer tickets = sql.queryForObject("select count(*) from ticket", Integer.class);
		System.out.printf(
				"%s: messages=%d acknowledged=%d lost=%d lost_acknowledged=%d duplicate_conversations=%d "
						+ "duplicate_tickets=%d tickets=%d repeated_answers=%d settled_s=%.0f%n",
				mode, this.messages, acknowledged, lost, lostAcknowledged, duplicateConversations, duplicateTickets,
				tickets, provider.repeatedSends(), settled);
		return lost == 0 && lostAcknowledged == 0 && duplicateConversations == 0 && duplicateTickets == 0
				&& settled >= 0;
	}

	private static String sender(int index) {
		return "4907%08d".formatted(index);
	}

	private static int count(int[] status, int code) {
		int n = 0;
		for (int s : status) {
			if (s == code) {
				n++;
			}
		}
		return n;
	}

}
