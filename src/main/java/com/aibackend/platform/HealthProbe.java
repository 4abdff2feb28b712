package com.aibackend.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code java … com.aibackend.AiBackendApplication health}: asks the application on this
 * host for {@code /actuator/health} and exits 0 when it is up, 1 otherwise. The container
 * image has no shell and no curl, so its health check runs this (port from
 * {@code SERVER_PORT}, 8080 by default).
 */
public final class HealthProbe {

	private HealthProbe() {
	}

	public static int check(String port) {
		URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
		try {
			HttpResponse<String> response = HttpClient.newBuilder()
				.connectTimeout(Duration.ofSeconds(2))
				.build()
				.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
			boolean up = response.statusCode() == 200 && response.body().contains("\"UP\"");
			System.out.println(health + ": " + response.statusCode() + " " + response.body());
			return up ? 0 : 1;
		}
		catch (IOException ex) {
			System.out.println(health + ": " + ex.getClass().getSimpleName());
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
	}

}
