package com.aibackend.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the WhatsApp Graph API as the real one behaves: every send gets a fresh
 * message id, and a moment later the application's webhook receives the signed
 * "delivered" report for it.
 */
final class ProviderStandIn implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService reports = Executors.newFixedThreadPool(2);

	private final HttpClient http;

	private final AtomicInteger sends = new AtomicInteger();

	/** Each distinct send (recipient and text) and how often it came. */
	private final Map<String, Integer> bodies = new ConcurrentHashMap<>();

	private final Deliveries deliveries;

	private volatile URI webhook;

	ProviderStandIn(Deliveries deliveries) throws IOException {
		this.deliveries = deliveries;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(this.reports).build();
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.createContext("/graph/", this::send);
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/graph";
	}

	/** Where delivery reports go, once the application listens. */
	void reportTo(URI webhook) {
		this.webhook = webhook;
	}

	int sends() {
		return this.sends.get();
	}

	/** Sends that repeated an earlier one: the same text to the same customer. */
	int repeatedSends() {
		return this.bodies.values().stream().mapToInt((count) -> count - 1).sum();
	}

	private void send(HttpExchange exchange) throws IOException {
		try (InputStream body = exchange.getRequestBody()) {
			this.bodies.merge(new String(body.readAllBytes(), StandardCharsets.UTF_8), 1, Integer::sum);
		}
		String id = "wamid.OUT-" + UUID.randomUUID();
		byte[] answer = ("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"" + id + "\"}]}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
		this.sends.incrementAndGet();
		URI target = this.webhook;
		if (target != null) {
			byte[] report = this.deliveries.statusReport(id);
			this.http.sendAsync(this.deliveries.signed(target, report), HttpResponse.BodyHandlers.discarding());
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.reports.shutdownNow();
		((ExecutorService) this.server.getExecutor()).shutdownNow();
	}

	/** Builds and signs webhook deliveries as Meta does. */
	interface Deliveries {

		byte[] statusReport(String messageId);

		HttpRequest signed(URI webhook, byte[] body);

	}

}
