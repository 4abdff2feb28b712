package com.aibackend.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The README's role table, cell by cell: each role against each API endpoint, each webapp
 * login and the engine resources it touches, with the exact status and, for refusals,
 * proof that nothing changed.
 * <p>
 * Each test class has its own context: Camunda's webapps and REST API find the engine by
 * name in a JVM-wide registry, where the context started last wins, so a context shared
 * with earlier classes could answer with another test's engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:role-matrix;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"logging.level.org.camunda.bpm.engine.rest.exception=off",
				"camunda.bpm.generic-properties.properties.enable-cmd-exception-logging=false" })
abstract class RoleMatrix {

	enum Role {

		ANONYMOUS(null, null), AGENT("agent@example.com", "agent123"), CONSULTANT("frank@example.com", "consultant123"),
		ANALYST("analyst@example.com", "analyst123"), ADMIN("admin@example.com", "admin123");

		final String user;

		final String password;

		Role(String user, String password) {
			this.user = user;
			this.password = password;
		}

	}

	static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@LocalServerPort
	int port;

	String conversationId;

	String ticketId;

	@BeforeEach
	void aTicketForAlicesPool() {
		this.conversationId = submit("My name is Tim Berger from Berger Logistics. The VPN drops every few minutes "
				+ "since this morning, nobody in the office can reach the file server.");
		await().atMost(PATIENCE)
			.until(() -> read(Role.AGENT, "/api/conversations/" + this.conversationId, "$.ticketId") != null);
		this.ticketId = read(Role.AGENT, "/api/conversations/" + this.conversationId, "$.ticketId");
	}

	static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
	}

	/**
	 * Logs in to a webapp as the browser does and answers the session's CSRF token for
	 * the requests that follow.
	 */
	String webappSession(HttpClient browser, Role role, String app) throws Exception {
		HttpResponse<String> page = browser.send(get("/camunda/app/" + app + "/default/"),
				HttpResponse.BodyHandlers.ofString());
		String loginToken = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		HttpResponse<String> login = browser.send(HttpRequest
			.newBuilder(
					URI.create("http://localhost:" + this.port + "/camunda/api/admin/auth/user/default/login/" + app))
			.header("X-XSRF-TOKEN", loginToken)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=%s&password=%s"
				.formatted(java.net.URLEncoder.encode(role.user, StandardCharsets.UTF_8), role.password)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		// The login starts a new session with a token of its own.
		return browser.send(get("/camunda/api/admin/auth/user/default"), HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("X-XSRF-TOKEN")
			.orElseThrow();
	}

	HttpResponse<String> webappPost(HttpClient browser, String token, String path, String json) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-XSRF-TOKEN", token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
	}

	static String basicAuthorization(Role role) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((role.user + ":" + role.password).getBytes(StandardCharsets.UTF_8));
	}

	ResponseEntity<String> patch(String user, String password, String status) {
		return this.http.withBasicAuth(user, password)
			.exchange("/api/tickets/" + this.ticketId, HttpMethod.PATCH, json("{\"status\":\"%s\"}".formatted(status)),
					String.class);
	}

	/**
	 * Logs in as the browser does: the first page sets the session and CSRF cookies, the
	 * login sends the token back.
	 */
	ResponseEntity<String> webappLogin(Role role, String app) {
		ResponseEntity<String> page = this.http.getForEntity("/camunda/app/" + app + "/default/", String.class);
		List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		cookies.stream().map((cookie) -> cookie.split(";", 2)[0]).forEach((cookie) -> {
			headers.add(HttpHeaders.COOKIE, cookie);
			if (cookie.startsWith("XSRF-TOKEN=")) {
				headers.add("X-XSRF-TOKEN", cookie.substring("XSRF-TOKEN=".length()));
			}
		});
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", role.user);
		form.add("password", role.password);
		return this.http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
				new HttpEntity<>(form, headers), String.class);
	}

	ResponseEntity<String> deploy(Role role, String name) {
		String dmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d_%1$s" name="%1$s" namespace="test">
				  <decision id="role_test_%1$s" name="Role test">
				    <decisionTable id="t"><output id="o" typeRef="string"/>
				      <rule id="r"><outputEntry id="e"><text>"ok"</text></outputEntry></rule>
				    </decisionTable>
				  </decision>
				</definitions>
				"""
			.formatted(name.replaceAll("[^A-Za-z0-9]", "_"));
		return deploy(role, name, dmn);
	}

	ResponseEntity<String> deploy(Role role, String name, String dmn) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("deployment-name", name);
		parts.add("data", new ByteArrayResource(dmn.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "role-test.dmn";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return authenticated(role).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers),
				String.class);
	}

	ResponseEntity<String> createUser(Role role, String id) {
		return call(role, HttpMethod.POST, "/engine-rest/user/create", """
				{"profile":{"id":"%s","firstName":"New","lastName":"Person","email":"%s@example.com"},
				 "credentials":{"password":"Str0ng-Passw0rd!"}}
				""".formatted(id, id));
	}

	String submit(String text) {
		ResponseEntity<String> accepted = call(Role.AGENT, HttpMethod.POST, "/api/messages",
				"{\"channel\":\"API\",\"sender\":{\"address\":\"%s\"},\"text\":\"%s\"}"
					.formatted("roles-" + UUID.randomUUID() + "@example.com", text));
		assertThat(accepted.getStatusCode().value()).isEqualTo(202);
		return JsonPath.read(accepted.getBody(), "$.conversationId");
	}

	static String message(String sender) {
		return "{\"channel\":\"API\",\"sender\":{\"address\":\"%s\"},\"text\":\"My laptop screen flickers\"}"
			.formatted(sender);
	}

	<T> T read(Role role, String path, String jsonPath) {
		ResponseEntity<String> response = call(role, HttpMethod.GET, path, null);
		assertThat(response.getStatusCode().value()).as("GET %s", path).isEqualTo(200);
		// A missing field reads as null: the API leaves out empty values.
		return JsonPath.using(Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS))
			.parse(response.getBody())
			.read(jsonPath);
	}

	ResponseEntity<String> call(Role role, HttpMethod method, String path, String body) {
		return authenticated(role).exchange(path, method, json(body), String.class);
	}

	TestRestTemplate authenticated(Role role) {
		return (role.user != null) ? this.http.withBasicAuth(role.user, role.password) : this.http;
	}

	static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	static void assertProblem(ResponseEntity<String> response) {
		assertThat(response.getHeaders().getContentType()).isNotNull();
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as("problem+json for %s", response.getStatusCode())
			.isTrue();
		assertThat(response.getBody()).contains("\"detail\"")
			.doesNotContain("Exception")
			.doesNotContain("org.")
			.doesNotContain("static resource");
	}

	record Row(HttpMethod method, String path, int... expected) {
	}

}
