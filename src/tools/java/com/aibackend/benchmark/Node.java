package com.aibackend.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.aibackend.AiBackendApplication;

/**
 * One application node as its own operating-system process, started from the tools' class
 * path, so that it can be killed outright ({@code SIGKILL}) and started again.
 */
final class Node {

	private final String name;

	private final List<String> arguments;

	private final Path log;

	private final int port;

	private Process process;

	Node(String name, List<String> arguments, Path directory) throws IOException {
		this.name = name;
		this.arguments = arguments;
		this.log = directory.resolve(name + ".log");
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
	}

	void start() throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(AiBackendApplication.class.getName());
		command.add("--server.port=" + this.port);
		command.addAll(this.arguments);
		this.process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
			.start();
	}

	/** Waits until {@code /actuator/health} answers UP. */
	void awaitHealthy(Duration patience) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " stopped while starting; see " + this.log);
			}
			try {
				HttpResponse<String> health = http
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(this.name + " did not become healthy; see " + this.log);
	}

	/** {@code SIGKILL}: no shutdown hook, no finished transaction, as a crash. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			this.process.waitFor();
		}
	}

	URI webhook() {
		return URI.create("http://127.0.0.1:" + this.port + "/webhooks/whatsapp");
	}

	String name() {
		return this.name;
	}

}
