package com.aibackend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The whole application running with its job executor, driven over real HTTP as users and
 * other systems would. Subclasses choose the database.
 */
abstract class RunningApplicationScenarios {

	@Autowired
	TestRestTemplate http;

	AgentApi api;

	@BeforeEach
	void connect() {
		this.api = new AgentApi(this.http);
	}

	@Test
	void completeMessageBecomesATicketThatIsClosedOverTheApi() {
		String id = submit(Scenario.uniqueSender(), "Jane Doe",
				"Our shared mailbox in Outlook stopped syncing since this morning, new e-mails do not arrive.");
		String ticket = this.api.awaitTicket(id);

		assertThat(this.api.get("/api/tickets/" + ticket)).containsEntry("status", "NEW")
			.containsEntry("service", "EMAIL");
		ResponseEntity<String> closed = this.api.send(HttpMethod.PATCH, "/api/tickets/" + ticket,
				"{\"status\":\"CLOSED\",\"resolution\":\"Re-created the mailbox profile\"}");
		assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(outbound(id)).anyMatch((text) -> text.contains("Re-created the mailbox profile"));
	}

	@Test
	void incompleteMessageIsClarifiedAndTheReplyCompletesIt() {
		String id = submit(Scenario.uniqueSender(), null, "Hello, it does not work");
		await().atMost(AgentApi.PATIENCE)
			.until(() -> "WAITING_FOR_INFO".equals(this.api.get("/api/conversations/" + id).get("status")));
		assertThat(outbound(id)).singleElement().asString().contains("your name");

		ResponseEntity<String> reply = this.api.send(HttpMethod.POST, "/api/conversations/" + id + "/messages",
				"{\"text\":\"My name is Ana Lima. I cannot log in to the portal, my account is locked after the password change.\"}");
		assertThat(reply.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

		String ticket = this.api.awaitTicket(id);
		assertThat(this.api.get("/api/tickets/" + ticket)).containsEntry("service", "ACCOUNT")
			.containsEntry("requesterName", "Ana Lima");
	}

	@Test
	void engineRestStartsTheProcessTheSameWayAndNeedsCredentials() {
		String start = "/engine-rest/process-definition/key/ticket-intake/start";
		String body = """
				{"businessKey":"ignored","variables":{
				  "channel":{"value":"EMAIL"},"senderAddress":{"value":"%s"},
				  "text":{"value":"My name is Peter Gibbons. Please install the licence for the design software on my notebook."}}}
				"""
			.formatted(Scenario.uniqueSender());
		ResponseEntity<String> anonymous = this.http.exchange(start, HttpMethod.POST, AgentApi.json(body),
				String.class);
		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

		ResponseEntity<String> started = this.http.withBasicAuth("agent@example.com", "agent123")
			.exchange(start, HttpMethod.POST, AgentApi.json(body), String.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
		String processInstanceId = JsonPath.read(started.getBody(), "$.id");

		// Camunda's REST API reports any failed start as 500; the reason is ours and
		// nothing is stored.
		String rejectedSender = Scenario.uniqueSender();
		ResponseEntity<String> bad = this.http.withBasicAuth("agent@example.com", "agent123")
			.exchange(start, HttpMethod.POST,
					AgentApi.json("{\"variables\":{\"senderAddress\":{\"value\":\"%s\"},\"text\":{\"value\":\" \"}}}"
						.formatted(rejectedSender)),
					String.class);
		assertThat(bad.getStatusCode().isError()).isTrue();
		assertThat(bad.getBody()).contains("text is required");
		assertThat(this.api.list("/api/conversations?sender=" + rejectedSender)).isEmpty();

		await().atMost(AgentApi.PATIENCE).untilAsserted(() -> {
			List<Map<String, Object>> tickets = this.api.list("/api/tickets?service=SOFTWARE");
			assertThat(tickets).anyMatch((t) -> processInstanceId.equals(t.get("processInstanceId")));
		});
	}

	/**
	 * Three hundred requests for a round-robin pool of three arrive at once: each
	 * consultant gets exactly a hundred, so no two assignments took the same turn.
	 */
	@Test
	void roundRobinStaysFairWhenThreeHundredTicketsAreAssignedAtOnce() throws Exception {
		List<String> team = List.of("alice@example.com", "bob@example.com", "carol@example.com");
		team.forEach((consultant) -> capacity(consultant, 1000));
		try {
			List<String> tickets = submitAtOnce(300,
					(n) -> "The VPN tunnel drops every few minutes on site " + n + " since the router change.");
			Map<String, Long> perConsultant = tickets.stream()
				.map((ticket) -> (String) this.api.get("/api/tickets/" + ticket).get("consultant"))
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
			assertThat(perConsultant).containsOnly(Map.entry("alice@example.com", 100L),
					Map.entry("bob@example.com", 100L), Map.entry("carol@example.com", 100L));
		}
		finally {
			team.forEach((consultant) -> capacity(consultant, 10));
		}
	}

	/**
	 * Requests for a least-loaded pool arrive at once: open tickets never differ by more
	 * than one between its consultants.
	 */
	@Test
	void leastLoadedKeepsOpenTicketsEvenWhenRequestsArriveAtOnce() throws Exception {
		List<String> team = List.of("bob@example.com", "erin@example.com");
		team.forEach((consultant) -> capacity(consultant, 1000));
		try {
			Map<String, Long> before = openTickets(team);
			List<String> tickets = submitAtOnce(60,
					(n) -> "My laptop screen flickers and the docking station on desk " + n + " does not charge it.");
			assertThat(tickets).hasSize(60);
			Map<String, Long> after = openTickets(team);
			long added = after.values().stream().mapToLong(Long::longValue).sum()
					- before.values().stream().mapToLong(Long::longValue).sum();
			assertThat(added).isEqualTo(60);
			// Each ticket went to whoever had fewer open tickets at that moment.
			long gapBefore = Math.abs(before.get(team.get(0)) - before.get(team.get(1)));
			long gapAfter = Math.abs(after.get(team.get(0)) - after.get(team.get(1)));
			assertThat(gapAfter).isLessThanOrEqualTo(Math.max(1, gapBefore - 60));
		}
		finally {
			team.forEach((consultant) -> capacity(consultant, 10));
		}
	}

	private List<String> submitAtOnce(int requests, java.util.function.IntFunction<String> text) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(12);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> submitted = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			int n = i;
			submitted.add(pool.submit(() -> {
				go.await();
				return submit("load-" + n + "-" + Scenario.uniqueSender(), "Customer " + n, text.apply(n));
			}));
		}
		go.countDown();
		List<String> conversations = new ArrayList<>();
		for (Future<String> future : submitted) {
			conversations.add(future.get());
		}
		pool.shutdown();
		List<String> tickets = new ArrayList<>();
		for (String id : conversations) {
			tickets.add(this.api.awaitTicket(id));
		}
		return tickets;
	}

	@Test
	void aMisspeltFieldIsRefusedByNameAndChangesNothing() {
		Object before = this.api.get("/api/consultants/erin@example.com").get("away");
		ResponseEntity<String> refused = this.http.withBasicAuth("admin@example.com", "admin123")
			.exchange("/api/consultants/erin@example.com", HttpMethod.PUT, AgentApi.json("{\"available\":false}"),
					String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(refused.getBody()).contains("Unknown field available", "away");
		assertThat(this.api.get("/api/consultants/erin@example.com").get("away")).isEqualTo(before);
	}

	private void capacity(String consultant, int capacity) {
		ResponseEntity<String> changed = this.http.withBasicAuth("admin@example.com", "admin123")
			.exchange("/api/consultants/" + consultant, HttpMethod.PUT,
					AgentApi.json("{\"capacity\":%d}".formatted(capacity)), String.class);
		assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private Map<String, Long> openTickets(List<String> consultants) {
		Map<String, Long> open = new java.util.HashMap<>();
		for (String consultant : consultants) {
			open.put(consultant,
					((Number) this.api.get("/api/consultants/" + consultant).get("openTickets")).longValue());
		}
		return open;
	}

	String submit(String sender, String name, String text) {
		String senderJson = (name != null) ? "{\"name\":\"%s\",\"address\":\"%s\"}".formatted(name, sender)
				: "{\"address\":\"%s\"}".formatted(sender);
		ResponseEntity<String> response = this.api.send(HttpMethod.POST, "/api/messages",
				"{\"channel\":\"API\",\"sender\":%s,\"text\":\"%s\"}".formatted(senderJson, text));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		return JsonPath.read(response.getBody(), "$.conversationId");
	}

	List<String> outbound(String conversationId) {
		return this.api.messages(conversationId)
			.stream()
			.filter((m) -> "OUT".equals(m.get("direction")))
			.map((m) -> (String) m.get("text"))
			.toList();
	}

}
