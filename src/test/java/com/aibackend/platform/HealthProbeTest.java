package com.aibackend.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

	private HttpServer server;

	@AfterEach
	void stop() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void anApplicationThatIsUpPassesTheCheck() throws IOException {
		serve(200, "{\"status\":\"UP\"}");
		assertThat(HealthProbe.check(port())).isZero();
	}

	@Test
	void anApplicationThatIsDownFailsTheCheck() throws IOException {
		serve(503, "{\"status\":\"DOWN\"}");
		assertThat(HealthProbe.check(port())).isEqualTo(1);
	}

	@Test
	void noApplicationFailsTheCheck() throws IOException {
		serve(200, "{\"status\":\"UP\"}");
		String port = port();
		this.server.stop(0);
		this.server = null;
		assertThat(HealthProbe.check(port)).isEqualTo(1);
	}

	private void serve(int status, String body) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/actuator/health", (exchange) -> {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		this.server.start();
	}

	private String port() {
		return String.valueOf(this.server.getAddress().getPort());
	}

}
