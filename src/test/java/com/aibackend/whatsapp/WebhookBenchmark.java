package com.aibackend.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.aibackend.AiBackendApplication;
import com.aibackend.shared.WebhookRequests;
import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.servlet.Filter;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Acknowledgement time of {@code POST /webhooks/whatsapp}, measured at the server (a
 * servlet filter around the whole request, security included), while WhatsApp deliveries
 * arrive at a fixed rate (open loop: a slow answer does not slow the offered load). Each
 * delivery is a new customer, so each starts a conversation and its process; the job
 * executor classifies and answers (to a WireMock Graph API) on the same two cores
 * meanwhile.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.aibackend.whatsapp.WebhookBenchmark [-Dexec.args="100 30"]
 * </pre>
 *
 * Arguments: messages per second (100), seconds measured (30); a warm-up of 10 s at the
 * same rate comes first.
 */
public final class WebhookBenchmark {

	private static final String APP_SECRET = "benchmark-app-secret";

	private static final String PATH = "/webhooks/whatsapp";

	private WebhookBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rate = (args.length > 0) ? Integer.parseInt(args[0]) : 100;
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 30;
		Path data = Files.createTempDirectory("webhook-benchmark");
		WireMockServer graph = new WireMockServer(options().dynamicPort().containerThreads(20));
		graph.start();
		graph.stubFor(post(urlMatching("/graph/.*/messages")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			// Every answer gets its own id, as the Graph API gives: ids are unique per
			// channel.
			.withBody(
					"{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.{{randomValue length=24 type='ALPHANUMERIC'}}\"}]}")
			.withTransformers("response-template")));
		ConcurrentLinkedQueue<Long> serverNanos = new ConcurrentLinkedQueue<>();
		ConfigurableApplicationContext app = new SpringApplicationBuilder(AiBackendApplication.class)
			.initializers((context) -> context.getBeanFactory().registerSingleton("ackTimer", ackTimer(serverNanos)))
			// Command-line arguments: they take precedence over application.yaml.
			.run(appArguments(args, "--server.port=0",
					"--spring.datasource.url=jdbc:h2:file:" + data.resolve("db").toAbsolutePath()
							+ ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256",
					"--aibackend.whatsapp.verify-token=benchmark", "--aibackend.whatsapp.app-secret=" + APP_SECRET,
					"--aibackend.whatsapp.access-token=benchmark", "--aibackend.whatsapp.phone-number-id=100200300",
					"--aibackend.whatsapp.api-base-url=" + graph.baseUrl() + "/graph", "--logging.level.root=WARN"));
		try {
			int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
			URI uri = URI.create("http://127.0.0.1:" + port + PATH);
			HttpClient client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.executor(Executors.newFixedThreadPool(4))
				.build();
			System.out.printf("Warm-up: %d s at %d/s%n", 10, rate);
			offer(client, uri, rate, 10, new ArrayList<>(), "w");
			serverNanos.clear();
			System.out.printf("Measuring: %d s at %d/s%n", seconds, rate);
			List<Long> clientNanos = Collections.synchronizedList(new ArrayList<>());
			int failed = offer(client, uri, rate, seconds, clientNanos, "m");
			report("server (filter around the request)", new ArrayList<>(serverNanos));
			report("client (request sent to response read)", new ArrayList<>(clientNanos));
			System.out.printf("non-200 answers: %d of %d%n", failed, rate * seconds);
		}
		finally {
			app.close();
			graph.stop();
		}
	}

	/**
	 * Further arguments go to the application, e.g.
	 * {@code --camunda.bpm.job-execution.enabled=false}.
	 */
	private static String[] appArguments(String[] args, String... fixed) {
		List<String> all = new ArrayList<>(List.of(fixed));
		all.addAll(List.of(args).subList(Math.min(2, args.length), args.length));
		return all.toArray(String[]::new);
	}

	private static FilterRegistrationBean<Filter> ackTimer(ConcurrentLinkedQueue<Long> nanos) {
		FilterRegistrationBean<Filter> timer = new FilterRegistrationBean<>((request, response, chain) -> {
			long start = System.nanoTime();
			try {
				chain.doFilter(request, response);
			}
			finally {
				nanos.add(System.nanoTime() - start);
			}
		});
		timer.addUrlPatterns(PATH);
		timer.setOrder(Integer.MIN_VALUE);
		return timer;
	}

	/**
	 * Sends {@code rate} deliveries a second for {@code seconds} from a fixed pool of
	 * blocking senders (a new thread per request would cost the server CPU); returns the
	 * non-200 count.
	 */
	private static int offer(HttpClient client, URI uri, int rate, int seconds, List<Long> latencies, String run)
			throws Exception {
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
		ExecutorService senders = Executors.newFixedThreadPool(64);
		AtomicInteger scheduled = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		int total = rate * seconds;
		CountDownLatch done = new CountDownLatch(total);
		clock.scheduleAtFixedRate(() -> {
			int n = scheduled.getAndIncrement();
			if (n >= total) {
				return;
			}
			senders.execute(() -> {
				byte[] body = delivery(run, n);
				HttpRequest request = HttpRequest.newBuilder(uri)
					.header("Content-Type", "application/json")
					.header("X-Hub-Signature-256", "sha256=" + WebhookRequests.hmacSha256Hex(APP_SECRET, body))
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))
					.build();
				long start = System.nanoTime();
				try {
					HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
					latencies.add(System.nanoTime() - start);
					if (response.statusCode() != 200) {
						failed.incrementAndGet();
					}
				}
				catch (IOException | InterruptedException ex) {
					failed.incrementAndGet();
				}
				finally {
					done.countDown();
				}
			});
		}, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
		done.await(seconds + 120L, TimeUnit.SECONDS);
		clock.shutdownNow();
		senders.shutdownNow();
		return failed.get();
	}

	private static byte[] delivery(String run, int n) {
		String waId = "49170%s%07d".formatted(run.equals("w") ? "1" : "2", n);
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
				"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550000000","phone_number_id":"100200300"},
				"contacts":[{"profile":{"name":"Customer %2$d"},"wa_id":"%1$s"}],
				"messages":[{"from":"%1$s","id":"wamid.bench-%3$s-%2$d","timestamp":"1749416383","type":"text",
				"text":{"body":"Hi, this is Customer %2$d from Brightwave Logistics. Since this morning the VPN drops every few minutes on all laptops, we cannot work."}}]}}]}]}
				"""
			.formatted(waId, n, run)
			.getBytes(StandardCharsets.UTF_8);
	}

	private static void report(String what, List<Long> nanos) {
		if (nanos.isEmpty()) {
			System.out.printf("%s: no samples%n", what);
			return;
		}
		Collections.sort(nanos);
		System.out.printf("%s: n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms%n", what, nanos.size(),
				millis(nanos, 0.50), millis(nanos, 0.90), millis(nanos, 0.99), nanos.get(nanos.size() - 1) / 1e6);
	}

	private static double millis(List<Long> sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
