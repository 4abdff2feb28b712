package com.aibackend.ticket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.aibackend.Chromium;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import org.htmlunit.BrowserVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An agent's day in the browser: a consultant signs in, opens their ticket, reads the
 * timeline, sends a reply and sees it delivered, while the recording WhatsApp peer
 * (WireMock as the Graph API) receives it. The ticket page runs in HtmlUnit; Tasklist (ES
 * modules) runs in Chromium where it and its driver are installed (CI installs them): the
 * consultant opens "My open tickets", reads the timeline in the "Work on" form and
 * replies from there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:agent-browser;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000" })
class AgentDayInTheBrowserTest {

	static final String APP_SECRET = "browser-app-secret";

	static final String GRAPH = "/graph/106540352242922/messages";

	static final WireMockServer graph = new WireMockServer(options().dynamicPort());

	static {
		graph.start();
		graph.stubFor(post(urlEqualTo(GRAPH)).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(
					"{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.OUT-{{randomValue length=12 type='ALPHANUMERIC'}}\"}]}")
			.withTransformers("response-template")));
	}

	@DynamicPropertySource
	static void whatsApp(DynamicPropertyRegistry registry) {
		registry.add("aibackend.whatsapp.verify-token", () -> "browser-verify-token");
		registry.add("aibackend.whatsapp.app-secret", () -> APP_SECRET);
		registry.add("aibackend.whatsapp.access-token", () -> "browser-access-token");
		registry.add("aibackend.whatsapp.phone-number-id", () -> "106540352242922");
		registry.add("aibackend.whatsapp.api-base-url", () -> graph.baseUrl() + "/graph");
	}

	@AfterAll
	static void stop() {
		graph.stop();
	}

	@Autowired
	TestRestTemplate http;

	@LocalServerPort
	int port;

	private String waId;

	private String ticket;

	private String consultant;

	@BeforeEach
	void aCustomerWroteOnWhatsApp() throws Exception {
		this.waId = "4916" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
		String json = new ClassPathResource("fixtures/whatsapp/text-message.json")
			.getContentAsString(StandardCharsets.UTF_8);
		json = json.replace((String) JsonPath.read(json, "$.entry[0].changes[0].value.messages[0].from"), this.waId)
			.replace((String) JsonPath.read(json, "$.entry[0].changes[0].value.messages[0].id"),
					"wamid.IN-" + UUID.randomUUID());
		assertThat(postWhatsApp(json).getStatusCode().is2xxSuccessful()).isTrue();
		String conversation = await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.until(() -> JsonPath.<String>read(
					agent(HttpMethod.GET, "/api/conversations?channel=WHATSAPP&sender=" + this.waId).getBody(),
					"$[0].id"), (id) -> id != null);
		this.ticket = await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.until(() -> JsonPath.<String>read(agent(HttpMethod.GET, "/api/conversations/" + conversation).getBody(),
					"$.ticketId"), (id) -> id != null);
		this.consultant = JsonPath.read(agent(HttpMethod.GET, "/api/tickets/" + this.ticket).getBody(), "$.consultant");
		// The ticket-created notice has gone out before the consultant looks.
		await().atMost(Duration.ofSeconds(60)).until(() -> !sentTo("Ticket").isEmpty() || !sentTo("ticket").isEmpty());
	}

	@Test
	void aConsultantReadsTheTimelineRepliesAndSeesTheReplyDelivered() {
		WebDriver driver = new HtmlUnitDriver(BrowserVersion.BEST_SUPPORTED, true);
		try {
			WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
			driver.get("http://localhost:" + this.port + "/console/ticket.html?ticket=" + this.ticket);
			driver.findElement(By.id("username")).sendKeys(this.consultant);
			driver.findElement(By.id("password")).sendKeys("consultant123");
			driver.findElement(By.id("login-button")).click();
			wait.until((d) -> d.findElement(By.id("timeline")).getText().contains("Customer wrote"));
			String timeline = driver.findElement(By.id("timeline")).getText();
			assertThat(timeline).contains("wrong VAT rate", "Bot answered", "Assignment", this.ticket);
			assertThat(driver.findElement(By.id("title")).getText()).startsWith(this.ticket);

			// A canned response in the customer's language, completed by the consultant.
			wait.until((d) -> new Select(d.findElement(By.id("canned"))).getOptions().size() > 1);
			new Select(driver.findElement(By.id("canned"))).selectByValue("looking-into-it");
			driver.findElement(By.id("insert-canned")).click();
			driver.findElement(By.id("reply-text")).sendKeys(" The VAT table is being corrected.");
			driver.findElement(By.id("send")).click();
			wait.until((d) -> d.findElement(By.id("reply-message")).getText().contains("Reply sent"));

			LoggedRequest sent = await().atMost(Duration.ofSeconds(60))
				.until(() -> sentTo("The VAT table is being corrected."), (r) -> !r.isEmpty())
				.get(0);
			assertThat(JsonPath.<String>read(sent.getBodyAsString(), "$.text.body"))
				.startsWith("Hello Sheena Nelson, thank you for your patience.")
				.contains(this.ticket);
			reportDelivered(sent);
			// The page follows the delivery state by itself.
			wait.withTimeout(Duration.ofSeconds(30))
				.until((d) -> Pages.rowOf(d, "The VAT table is being corrected.").contains("DELIVERED"));
			assertThat(Pages.rowOf(driver, "The VAT table is being corrected.")).contains(this.consultant);
			assertThat(driver.findElement(By.id("not-reached")).isDisplayed()).isFalse();
		}
		finally {
			driver.quit();
		}
	}

	@Test
	void inChromiumTheConsultantRepliesFromTasklist() throws InterruptedException {
		Optional<Supplier<WebDriver>> chromium = Chromium.installed();
		assumeThat(chromium).as("Chromium and its driver installed").isPresent();
		WebDriver driver = chromium.get().get();
		try {
			WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
			driver.get("http://localhost:" + this.port + "/camunda/app/tasklist/default/");
			wait.until((d) -> d.findElements(By.cssSelector("form button[type=submit]"))
				.stream()
				.anyMatch(WebElement::isDisplayed));
			Pages.visible(driver, "input[ng-model=username]").sendKeys(this.consultant);
			Pages.visible(driver, "input[ng-model=password]").sendKeys("consultant123");
			Pages.visible(driver, "form button[type=submit]").click();

			wait.until((d) -> !d.findElements(By.partialLinkText("My open tickets")).isEmpty());
			driver.findElement(By.partialLinkText("My open tickets")).click();
			wait.until((d) -> d.findElements(By.cssSelector(".task .names, .tasks-list .task"))
				.stream()
				.anyMatch((task) -> task.getText().contains(this.ticket)));
			driver.findElements(By.cssSelector(".tasks-list .task"))
				.stream()
				.filter((task) -> task.getText().contains(this.ticket))
				.findFirst()
				.orElseThrow()
				.findElement(By.cssSelector("a"))
				.click();

			// Camunda Forms renders the "Work on" form: the timeline, then the reply
			// field.
			wait.until((d) -> d.findElements(By.cssSelector("textarea[id$='Field_timeline']"))
				.stream()
				.anyMatch((area) -> String.valueOf(area.getDomProperty("value")).contains("wrong VAT rate")));
			assertThat(driver.findElement(By.cssSelector("textarea[id$='Field_timeline']")).getDomProperty("value"))
				.contains("Bot → customer", "Assignment: rule");
			WebElement reply = driver.findElement(By.cssSelector("textarea[id$='Field_reply']"));
			reply.sendKeys("Replied from Tasklist: the VAT rate is fixed.");
			// Camunda Forms takes typed text after a short debounce; a person pauses
			// before
			// completing, and so does this test (a click at once would submit the form
			// without the reply).
			reply.sendKeys(Keys.TAB);
			Thread.sleep(1500);
			WebElement complete = driver.findElements(By.cssSelector("button"))
				.stream()
				.filter((button) -> button.isDisplayed() && "Complete".equals(button.getText().strip()))
				.findFirst()
				.orElseThrow();
			// Tasklist's footer may lie over the button in a small window.
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
			wait.until((d) -> complete.isEnabled());
			((JavascriptExecutor) driver).executeScript("arguments[0].click();", complete);

			LoggedRequest sent = await().atMost(Duration.ofSeconds(60))
				.until(() -> sentTo("Replied from Tasklist: the VAT rate is fixed."), (r) -> !r.isEmpty())
				.get(0);
			reportDelivered(sent);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> agent(HttpMethod.GET, "/api/tickets/" + this.ticket + "/timeline").getBody(),
						(body) -> JsonPath
							.<List<String>>read(body,
									"$[?(@.text == 'Replied from Tasklist: the VAT rate is fixed.')].state")
							.contains("DELIVERED"));
		}
		finally {
			driver.quit();
		}
	}

	private List<LoggedRequest> sentTo(String text) {
		return graph
			.findAll(postRequestedFor(urlEqualTo(GRAPH)).withRequestBody(matchingJsonPath("$.to", equalTo(this.waId))))
			.stream()
			.filter((request) -> request.getBodyAsString().contains(text))
			.toList();
	}

	/** WhatsApp reports our message delivered to the customer's phone. */
	private void reportDelivered(LoggedRequest sent) {
		String text = JsonPath.read(sent.getBodyAsString(), "$.text.body");
		String conversation = JsonPath.read(agent(HttpMethod.GET, "/api/tickets/" + this.ticket).getBody(),
				"$.conversationId");
		String outboundId = await().atMost(Duration.ofSeconds(30)).until(() -> {
			List<String> ids = JsonPath.read(agent(HttpMethod.GET, "/api/conversations/" + conversation).getBody(),
					"$.messages[?(@.direction == 'OUT' && @.state == 'SENT')].channelMessageId");
			List<String> texts = JsonPath.read(agent(HttpMethod.GET, "/api/conversations/" + conversation).getBody(),
					"$.messages[?(@.direction == 'OUT' && @.state == 'SENT')].text");
			int at = texts.indexOf(text);
			return (at >= 0) ? ids.get(at) : null;
		}, (id) -> id != null);
		String status = """
				{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
				"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",
				"phone_number_id":"106540352242922"},"statuses":[{"id":"%s","status":"delivered",
				"timestamp":"1749416400","recipient_id":"%s"}]}}]}]}""".formatted(outboundId, this.waId);
		assertThat(postWhatsApp(status).getStatusCode().is2xxSuccessful()).isTrue();
	}

	private ResponseEntity<String> postWhatsApp(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			headers.set("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return this.http.exchange("/webhooks/whatsapp", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	private ResponseEntity<String> agent(HttpMethod method, String path) {
		return this.http.withBasicAuth("agent@example.com", "agent123")
			.exchange(path, method, new HttpEntity<>(null, new HttpHeaders()), String.class);
	}

}
