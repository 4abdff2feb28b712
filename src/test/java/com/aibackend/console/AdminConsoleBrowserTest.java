package com.aibackend.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.aibackend.Chromium;
import com.jayway.jsonpath.JsonPath;
import org.htmlunit.BrowserVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The admin console driven in a browser as an admin: mark a consultant away, edit a rule,
 * see a wrong row refused with its reason, dry-run, deploy; the next tickets follow the
 * new rule and skip the absent consultant. HtmlUnit always; Chromium too when it and its
 * driver are installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:admin-console;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000" })
class AdminConsoleBrowserTest {

	@Autowired
	TestRestTemplate http;

	@LocalServerPort
	int port;

	private int originalRules;

	@BeforeEach
	void remember() {
		this.originalRules = JsonPath.read(admin(HttpMethod.GET, "/api/rules", null).getBody(), "$.version");
	}

	@AfterEach
	void restore() {
		int current = JsonPath.read(admin(HttpMethod.GET, "/api/rules", null).getBody(), "$.version");
		if (current != this.originalRules) {
			admin(HttpMethod.POST, "/api/rules/versions/" + this.originalRules + "/rollback", null);
		}
		admin(HttpMethod.PUT, "/api/consultants/alice@example.com", "{\"away\":false}");
	}

	static Stream<Arguments> browsers() {
		Supplier<WebDriver> htmlUnit = () -> new HtmlUnitDriver(BrowserVersion.BEST_SUPPORTED, true);
		Stream<Arguments> always = Stream.of(Arguments.of("HtmlUnit", htmlUnit));
		return Stream.concat(always, Chromium.installed().map((chrome) -> Arguments.of("Chromium", chrome)).stream());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("browsers")
	void anAdminManagesConsultantsAndRulesInTheBrowser(String name, Supplier<WebDriver> browser) {
		WebDriver driver = browser.get();
		try {
			WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
			// The pages redraw their tables after each change.
			wait.ignoring(StaleElementReferenceException.class);
			driver.get("http://localhost:" + this.port + "/console");
			driver.findElement(By.id("username")).sendKeys("admin@example.com");
			driver.findElement(By.id("password")).sendKeys("admin123");
			driver.findElement(By.id("login-button")).click();
			wait.until((d) -> d.findElements(By.cssSelector("#rules-table tbody tr")).size() >= 8);

			// Alice is away: she gets no tickets until she is back.
			driver.findElement(By.id("show-consultants")).click();
			By alice = By.cssSelector("tr[data-consultant='alice@example.com']");
			wait.until((d) -> !d.findElements(alice).isEmpty());
			driver.findElement(alice).findElement(By.className("away")).click();
			driver.findElement(alice).findElement(By.className("save")).click();
			wait.until((d) -> d.findElement(By.id("consultants-message")).getText().contains("Saved"));
			wait.until((d) -> "away".equals(d.findElement(alice).findElement(By.className("status")).getText()));

			// A STATIC rule without its consultant is refused with the reason on its row.
			driver.findElement(By.id("show-rules")).click();
			WebElement network = ruleRow(driver, wait, "Network");
			new Select(network.findElement(By.className("f-strategy"))).selectByValue("STATIC");
			driver.findElement(By.id("deploy")).click();
			wait.until((d) -> !d.findElements(By.cssSelector("tr.row-error")).isEmpty());
			assertThat(driver.findElement(By.cssSelector("tr.row-error")).getText())
				.contains("STATIC needs a consultant");

			network = ruleRow(driver, wait, "Network");
			network.findElement(By.className("f-consultant")).sendKeys("bob@example.com");
			new Select(network.findElement(By.className("f-fallbackStrategy"))).selectByValue("ROUND_ROBIN");

			driver.findElement(By.id("deploy")).click();
			wait.until((d) -> d.findElement(By.id("rules-message")).getText().startsWith("Deployed as version"));
			assertThat(driver.findElement(By.id("rules-message")).getText())
				.contains("version " + (this.originalRules + 1));

			// The dry-run explains the choice.
			driver.findElement(By.id("dry-service")).sendKeys("NETWORK");
			driver.findElement(By.id("dry-run")).click();
			wait.until((d) -> !d.findElements(By.id("dry-run-explanation")).isEmpty());
			assertThat(driver.findElement(By.id("dry-run-explanation")).getText()).contains("Rule 'Network'")
				.contains("bob@example.com would get it now");
			driver.findElement(By.id("dry-service")).clear();
			driver.findElement(By.id("dry-service")).sendKeys("EMAIL");
			driver.findElement(By.id("dry-run")).click();
			wait.until((d) -> d.findElement(By.id("dry-run-explanation")).getText().contains("Rule 'E-mail'"));
		}
		finally {
			driver.quit();
		}

		// The next tickets follow the new rule and skip the absent consultant.
		assertThat(consultantOf("My name is Jane Doe. My VPN connection drops every few minutes since the update."))
			.isEqualTo("bob@example.com");
		for (int i = 0; i < 2; i++) {
			assertThat(consultantOf(
					"My name is Jane Doe. Our shared mailbox in Outlook stopped syncing, new e-mails do not arrive."))
				.isEqualTo("erin@example.com");
		}
	}

	private static WebElement ruleRow(WebDriver driver, WebDriverWait wait, String name) {
		return wait.until((d) -> d.findElements(By.cssSelector("#rules-table tbody tr"))
			.stream()
			.filter((row) -> !row.findElements(By.className("f-name")).isEmpty())
			.filter((row) -> name.equals(row.findElement(By.className("f-name")).getAttribute("value")))
			.findFirst()
			.orElse(null));
	}

	private String consultantOf(String text) {
		ResponseEntity<String> accepted = this.http.withBasicAuth("agent@example.com", "agent123")
			.exchange("/api/messages", HttpMethod.POST,
					json("{\"channel\":\"API\",\"sender\":{\"address\":\"console-%s@example.com\"},\"text\":\"%s\"}"
						.formatted(UUID.randomUUID(), text)),
					String.class);
		String conversation = JsonPath.read(accepted.getBody(), "$.conversationId");
		await().atMost(Duration.ofSeconds(60)).until(() -> ticketOf(conversation) != null);
		Map<String, Object> ticket = JsonPath
			.read(admin(HttpMethod.GET, "/api/tickets/" + ticketOf(conversation), null).getBody(), "$");
		return (String) ticket.get("consultant");
	}

	private String ticketOf(String conversation) {
		Map<String, Object> body = JsonPath
			.read(admin(HttpMethod.GET, "/api/conversations/" + conversation, null).getBody(), "$");
		return (String) body.get("ticketId");
	}

	private ResponseEntity<String> admin(HttpMethod method, String path, String body) {
		return this.http.withBasicAuth("admin@example.com", "admin123")
			.exchange(path, method, json(body), String.class);
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
