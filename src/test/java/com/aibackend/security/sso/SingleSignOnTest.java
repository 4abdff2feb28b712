package com.aibackend.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider started by the test: a token's
 * group claim gives exactly that role's rights, expired and foreign tokens are refused,
 * and a browser-style login opens the webapps as a Camunda user in the token's groups.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:single-sign-on;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"aibackend.sso.client-id=ai-backend", "aibackend.sso.client-secret=test-secret" })
class SingleSignOnTest {

	private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

	private static final String ISSUER = "company";

	static {
		PROVIDER.start();
	}

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("aibackend.sso.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
	}

	@AfterAll
	static void stop() {
		PROVIDER.shutdown();
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@LocalServerPort
	int port;

	@Test
	void aConsultantsTokenWorksTheirOwnTicketAndIsRefusedOnAnothers() {
		String mine = ticket();
		String theirs = ticket();
		String consultant = "sso-consultant-" + UUID.randomUUID().toString().substring(0, 8);
		String token = token(consultant, List.of("consultants", "network-team"), 3600);
		assertThat(bearer(token, HttpMethod.GET, "/api/tickets/" + mine, null).getStatusCode().value()).isEqualTo(200);
		String task = this.taskService.createTaskQuery()
			.processInstanceId(read(basic(HttpMethod.GET, "/api/tickets/" + mine), "$.processInstanceId"))
			.singleResult()
			.getId();
		this.taskService.setAssignee(task, consultant);

		assertThat(
				bearer(token, HttpMethod.PATCH, "/api/tickets/" + mine, "{\"status\":\"IN_PROGRESS\"}").getStatusCode()
					.value())
			.isEqualTo(200);
		ResponseEntity<String> refused = bearer(token, HttpMethod.PATCH, "/api/tickets/" + theirs,
				"{\"status\":\"IN_PROGRESS\"}");
		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(this.<String>read(basic(HttpMethod.GET, "/api/tickets/" + theirs), "$.status")).isEqualTo("NEW");

		// The consultant now is a Camunda user in the groups of the token, as
		// candidate groups and the assignment rules expect.
		assertThat(this.identityService.createGroupQuery().groupMember(consultant).list()).extracting(Group::getId)
			.containsExactlyInAnyOrder("consultants", "network-team");
	}

	@Test
	void eachGroupClaimGetsExactlyItsRoleAndUnknownGroupsGetNothing() {
		String analyst = token("sso-analyst", List.of("analysts"), 3600);
		String agent = token("sso-agent", List.of("agents"), 3600);
		String stranger = token("sso-stranger", List.of("not-a-camunda-group"), 3600);
		String message = "{\"channel\":\"API\",\"sender\":{\"address\":\"%s@example.com\"},\"text\":\"My laptop screen flickers\"}";

		assertThat(bearer(analyst, HttpMethod.GET, "/api/audit", null).getStatusCode().value()).isEqualTo(200);
		assertThat(
				bearer(analyst, HttpMethod.POST, "/api/messages", message.formatted(UUID.randomUUID())).getStatusCode()
					.value())
			.isEqualTo(403);
		assertThat(bearer(agent, HttpMethod.POST, "/api/messages", message.formatted(UUID.randomUUID())).getStatusCode()
			.value()).isEqualTo(202);
		assertThat(bearer(agent, HttpMethod.GET, "/api/audit", null).getStatusCode().value()).isEqualTo(403);
		assertThat(bearer(stranger, HttpMethod.GET, "/api/tickets", null).getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void expiredAndForeignTokensAreUnauthenticated() {
		ResponseEntity<String> expired = bearer(token("sso-agent", List.of("agents"), -60), HttpMethod.GET,
				"/api/tickets", null);
		assertThat(expired.getStatusCode().value()).isEqualTo(401);
		assertThat(expired.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();

		String foreign = PROVIDER
			.issueToken("somebody-else", "sso-agent", "ai-backend", Map.of("groups", List.of("agents")), 3600)
			.serialize();
		assertThat(bearer(foreign, HttpMethod.GET, "/api/tickets", null).getStatusCode().value()).isEqualTo(401);
		assertThat(bearer("not-a-token", HttpMethod.GET, "/api/tickets", null).getStatusCode().value()).isEqualTo(401);

		// HTTP Basic with Camunda's users keeps working beside single sign-on.
		assertThat(basic(HttpMethod.GET, "/api/tickets").getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void aBrowserSignsInToTheWebappsAsACamundaUserInTheTokensGroups() throws Exception {
		String consultant = "sso-browser-" + UUID.randomUUID().toString().substring(0, 8);
		PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, consultant, "JWT", List.of("ai-backend"),
				Map.of("groups", List.of("consultants", "email-team"), "preferred_username", consultant), 3600));
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.ALWAYS)
			.build();

		HttpResponse<String> landed = get(browser, "/oauth2/authorization/sso");
		assertThat(landed.statusCode()).isEqualTo(200);
		assertThat(landed.uri().getPath()).startsWith("/camunda/app/");

		HttpResponse<String> user = get(browser, "/camunda/api/admin/auth/user/default");
		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(this.<String>read(user.body(), "$.userId")).isEqualTo(consultant);
		assertThat(this.<List<String>>read(user.body(), "$.authorizedApps")).contains("tasklist")
			.doesNotContain("cockpit", "admin");
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String ticket() {
		ResponseEntity<String> accepted = this.http.withBasicAuth("agent@example.com", "agent123")
			.exchange("/api/messages", HttpMethod.POST, json("""
					{"channel":"API","sender":{"address":"sso-%s@example.com"},
					 "text":"My name is Tim Berger. The VPN drops every few minutes since this morning."}
					""".formatted(UUID.randomUUID())), String.class);
		String conversation = read(accepted, "$.conversationId");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> read(basic(HttpMethod.GET, "/api/conversations/" + conversation), "$.ticketId") != null);
		return read(basic(HttpMethod.GET, "/api/conversations/" + conversation), "$.ticketId");
	}

	private static String token(String user, List<String> groups, long lifetimeSeconds) {
		return PROVIDER
			.issueToken(ISSUER, user, "ai-backend", Map.of("groups", groups, "preferred_username", user),
					lifetimeSeconds)
			.serialize();
	}

	private ResponseEntity<String> bearer(String token, HttpMethod method, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
	}

	private ResponseEntity<String> basic(HttpMethod method, String path) {
		return this.http.withBasicAuth("agent@example.com", "agent123")
			.exchange(path, method, json(null), String.class);
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private <T> T read(ResponseEntity<String> response, String path) {
		return read(response.getBody(), path);
	}

	private <T> T read(String json, String path) {
		return JsonPath.using(Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS))
			.parse(json)
			.read(path);
	}

}
