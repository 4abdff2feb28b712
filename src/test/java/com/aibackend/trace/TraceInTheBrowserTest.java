package com.aibackend.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.aibackend.Chromium;
import com.jayway.jsonpath.JsonPath;
import org.htmlunit.BrowserVersion;
import org.htmlunit.javascript.SilentJavaScriptErrorListener;
import org.htmlunit.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
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
 * A closed ticket seen by an analyst in the browser: on the trace page, and in Cockpit's
 * "Ticket history" (our plugin), where Camunda 7 CE alone shows no finished flows. The
 * trace page's tables run in HtmlUnit; the diagram and Cockpit (ES modules) need
 * Chromium, and run where it and its driver are installed (CI installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:trace-browser;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000" })
class TraceInTheBrowserTest {

	@Autowired
	TestRestTemplate http;

	@LocalServerPort
	int port;

	private String conversation;

	private String ticket;

	@BeforeEach
	void aTicketWasOpenedAndClosed() {
		String sender = "trace-" + System.nanoTime() + "@acme-industries.com";
		ResponseEntity<String> received = agent(HttpMethod.POST, "/api/messages",
				"{\"channel\":\"API\",\"sender\":{\"name\":\"Tom Baker\",\"address\":\"" + sender + "\"},"
						+ "\"text\":\"The printer on floor 3 jams on every page since Monday, we already replaced the toner.\"}");
		this.conversation = JsonPath.read(received.getBody(), "$.conversationId");
		this.ticket = await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.until(() -> JsonPath.<String>read(
					agent(HttpMethod.GET, "/api/conversations/" + this.conversation, null).getBody(), "$.ticketId"),
					(id) -> id != null);
		assertThat(agent(HttpMethod.PATCH, "/api/tickets/" + this.ticket,
				"{\"status\":\"CLOSED\",\"resolution\":\"Replaced the fuser unit\"}")
			.getStatusCode()
			.is2xxSuccessful()).isTrue();
	}

	@Test
	void theTracePageShowsTheFinishedPath() {
		WebDriver driver = new HtmlUnitDriver(BrowserVersion.BEST_SUPPORTED, true);
		try {
			signInToTracePage(driver);
			String steps = driver.findElement(By.id("steps")).getText();
			assertThat(steps).contains("Classify message", "Work on " + this.ticket, "Ticket closed")
				.contains("agent@example.com");
			assertThat(driver.findElement(By.id("readings")).getText()).contains("HARDWARE");
			assertThat(driver.findElement(By.id("assignment")).getText()).contains("Hardware", "hardware-team");
			assertThat(driver.findElement(By.id("messages")).getText()).contains("Replaced the fuser unit");
		}
		finally {
			driver.quit();
		}
	}

	@Test
	void theInsightsPageShowsTheFiguresOfTheRange() {
		// HtmlUnit cannot parse Chart.js 4: the page shows its figures and table without
		// the charts (drawn in Chromium below).
		WebDriver driver = new HtmlUnitDriver(BrowserVersion.BEST_SUPPORTED, true) {
			@Override
			protected WebClient modifyWebClient(WebClient client) {
				client.getOptions().setThrowExceptionOnScriptError(false);
				client.setJavaScriptErrorListener(new SilentJavaScriptErrorListener());
				return client;
			}
		};
		try {
			WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
			driver.get("http://localhost:" + this.port + "/console/insights.html");
			driver.findElement(By.id("username")).sendKeys("analyst@example.com");
			driver.findElement(By.id("password")).sendKeys("analyst123");
			driver.findElement(By.id("login-button")).click();
			wait.until((d) -> !d.findElement(By.id("k-opened")).getText().isEmpty());
			assertThat(Integer.parseInt(driver.findElement(By.id("k-opened")).getText())).isPositive();
			assertThat(Integer.parseInt(driver.findElement(By.id("k-closed")).getText())).isPositive();
			assertThat(driver.findElement(By.id("took")).getText()).startsWith("Days in UTC");
			wait.until((d) -> d.findElement(By.id("consultants")).getText().contains("@example.com"));
		}
		finally {
			driver.quit();
		}
	}

	@Test
	void cockpitLoadsOurPluginAndHidesTheMigrationBanner() {
		assertThat(this.http.getForObject("/camunda/app/cockpit/scripts/config.js", String.class))
			.contains("scripts/ticket-history");
		assertThat(this.http.getForObject("/camunda/app/cockpit/scripts/ticket-history.js", String.class))
			.contains("pluginPoint: 'cockpit.route'", "pluginPoint: 'cockpit.navigation'");
		Stream.of("cockpit", "tasklist", "admin", "welcome")
			.forEach((app) -> assertThat(
					this.http.getForObject("/camunda/app/" + app + "/styles/user-styles.css", String.class))
				.contains(".ce-eol-banner"));
	}

	@Test
	void inChromiumTheDiagramIsMarkedAndCockpitListsTheFinishedFlow() {
		Optional<Supplier<WebDriver>> chromium = Chromium.installed();
		assumeThat(chromium).as("Chromium and its driver installed").isPresent();
		WebDriver driver = chromium.get().get();
		try {
			WebDriverWait wait = signInToTracePage(driver);
			wait.until((d) -> !d.findElements(By.cssSelector(".djs-element.passed")).isEmpty());
			assertThat(driver.findElements(By.cssSelector("[data-element-id='Task_WorkOnTicket'].passed"))).hasSize(1);
			assertThat(driver.findElements(By.cssSelector("[data-element-id='Task_TriageMessage'].passed"))).isEmpty();
			assertThat(driver.findElements(By.cssSelector(".djs-connection.taken"))).isNotEmpty();

			// The insights page, signed in by the trace page in this tab, draws its
			// charts.
			driver.get("http://localhost:" + this.port + "/console/insights.html");
			wait.until((d) -> !d.findElement(By.id("k-opened")).getText().isEmpty());
			assertThat((Boolean) ((JavascriptExecutor) driver)
				.executeScript("return ['c-opened', 'c-closed', 'c-first', 'c-resolution', 'c-sla', 'c-backlog', "
						+ "'c-accuracy', 'c-accuracy-days', 'c-rounds', 'c-channels']"
						+ ".every(function (id) { return !!Chart.getChart(id); })"))
				.isTrue();

			driver.get("http://localhost:" + this.port + "/camunda/app/cockpit/default/");
			// Cockpit loads its plugins before it shows the sign-in form.
			WebDriverWait cockpit = new WebDriverWait(driver, Duration.ofSeconds(60));
			cockpit.until((d) -> d.findElements(By.cssSelector("form button[type=submit]"))
				.stream()
				.anyMatch(WebElement::isDisplayed));
			visible(driver, "input[ng-model=username]").sendKeys("analyst@example.com");
			visible(driver, "input[ng-model=password]").sendKeys("analyst123");
			visible(driver, "form button[type=submit]").click();
			cockpit.until((d) -> !d.findElements(By.linkText("Ticket history")).isEmpty());
			assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")))
				.allSatisfy((banner) -> assertThat(banner.isDisplayed()).isFalse());
			driver.findElement(By.linkText("Ticket history")).click();
			wait.until((d) -> !d.findElements(By.id("ticket-history-search")).isEmpty());
			driver.findElement(By.id("ticket-history-search")).sendKeys(this.ticket);
			driver.findElement(By.cssSelector(".ticket-history button")).click();
			wait.until((d) -> d.findElement(By.id("ticket-history-results")).getText().contains("COMPLETED"));
			assertThat(driver.findElement(By.id("ticket-history-results")).getText()).contains(this.ticket);
			driver.findElement(By.cssSelector("#ticket-history-results tr")).click();
			wait.until((d) -> !d.findElements(By.cssSelector(".ticket-history-path li")).isEmpty());
			assertThat(driver.findElement(By.cssSelector(".ticket-history-path")).getText())
				.contains("Classify message", "Ticket closed");
		}
		finally {
			driver.quit();
		}
	}

	private static WebElement visible(WebDriver driver, String selector) {
		return driver.findElements(By.cssSelector(selector))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow();
	}

	private WebDriverWait signInToTracePage(WebDriver driver) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		driver.get("http://localhost:" + this.port + "/console/trace.html?ticket=" + this.ticket);
		driver.findElement(By.id("username")).sendKeys("analyst@example.com");
		driver.findElement(By.id("password")).sendKeys("analyst123");
		driver.findElement(By.id("login-button")).click();
		wait.until((d) -> d.findElement(By.id("steps")).getText().contains("Ticket closed"));
		return wait;
	}

	private ResponseEntity<String> agent(HttpMethod method, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.http.withBasicAuth("agent@example.com", "agent123")
			.exchange(path, method, new HttpEntity<>(body, headers), String.class);
	}

}
