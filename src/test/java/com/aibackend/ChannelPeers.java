package com.aibackend;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The channels' real protocol peers for a test class: WireMock as the Graph API and the
 * Qiscus API, GreenMail as the mail server (SMTP and IMAP), the application's settings
 * pointing at them, and the customer's side (signed WhatsApp deliveries, mails sent as
 * written). Each class starts its own, with its own secrets.
 */
public final class ChannelPeers {

	public static final String SUPPORT = "support@ai-backend.example";

	public static final String PHONE_NUMBER_ID = "106540352242922";

	public static final String GRAPH = "/graph/" + PHONE_NUMBER_ID + "/messages";

	private final WireMockServer http = new WireMockServer(options().dynamicPort());

	private final GreenMail mail = new GreenMail(
			new ServerSetup[] { new ServerSetup(0, "127.0.0.1", "smtp"), new ServerSetup(0, "127.0.0.1", "imap") });

	private final String appSecret;

	private final String qiscusSecret;

	private final String qiscusApp;

	private ChannelPeers(String appSecret, String qiscusSecret, String qiscusApp) {
		this.appSecret = appSecret;
		this.qiscusSecret = qiscusSecret;
		this.qiscusApp = qiscusApp;
	}

	/**
	 * Starts the peers; they stop when the test JVM ends, after every application context
	 * (and its mail poller) has closed.
	 */
	public static ChannelPeers start(String appSecret, String qiscusSecret, String qiscusApp) {
		ChannelPeers peers = new ChannelPeers(appSecret, qiscusSecret, qiscusApp);
		peers.http.start();
		peers.http.stubFor(post(urlEqualTo(GRAPH)).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(
					"{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.OUT-{{randomValue length=12 type='ALPHANUMERIC'}}\"}]}")
			.withTransformers("response-template")));
		peers.http.stubFor(post(urlEqualTo("/qiscus/" + qiscusApp + "/bot"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"results\":{}}")));
		peers.mail.start();
		peers.mail.setUser(SUPPORT, SUPPORT, "support-password");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			peers.http.stop();
			peers.mail.stop();
		}));
		return peers;
	}

	/** The application's WhatsApp, Qiscus and mail settings, pointing at these peers. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("aibackend.whatsapp.verify-token", () -> "test-verify-token");
		registry.add("aibackend.whatsapp.app-secret", () -> this.appSecret);
		registry.add("aibackend.whatsapp.access-token", () -> "test-access-token");
		registry.add("aibackend.whatsapp.phone-number-id", () -> PHONE_NUMBER_ID);
		registry.add("aibackend.whatsapp.api-base-url", () -> this.http.baseUrl() + "/graph");
		registry.add("aibackend.qiscus.webhook-secret", () -> this.qiscusSecret);
		registry.add("aibackend.qiscus.app-code", () -> this.qiscusApp);
		registry.add("aibackend.qiscus.secret-key", () -> "test-qiscus-sdk-secret");
		registry.add("aibackend.qiscus.api-base-url", () -> this.http.baseUrl() + "/qiscus");
		registry.add("aibackend.mail.imap.host", () -> "127.0.0.1");
		registry.add("aibackend.mail.imap.port", () -> this.mail.getImap().getPort());
		registry.add("aibackend.mail.imap.username", () -> SUPPORT);
		registry.add("aibackend.mail.imap.password", () -> "support-password");
		registry.add("aibackend.mail.imap.ssl", () -> false);
		registry.add("aibackend.mail.imap.poll-seconds", () -> 1);
		registry.add("aibackend.mail.smtp.host", () -> "127.0.0.1");
		registry.add("aibackend.mail.smtp.port", () -> this.mail.getSmtp().getPort());
		registry.add("aibackend.mail.smtp.starttls", () -> false);
		registry.add("aibackend.mail.from", () -> SUPPORT);
	}

	public WireMockServer http() {
		return this.http;
	}

	public GreenMail mail() {
		return this.mail;
	}

	/** A WhatsApp phone number nobody else in the run uses. */
	public static String uniqueWaId() {
		return "4915" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
	}

	public static String fixture(String name) throws IOException {
		return new ClassPathResource("fixtures/" + name).getContentAsString(StandardCharsets.UTF_8);
	}

	/** A WhatsApp fixture from this customer with this message id. */
	public static byte[] whatsApp(String fixture, String waId, String messageId) throws IOException {
		String json = fixture("whatsapp/" + fixture);
		String originalId = JsonPath.read(json, "$.entry[0].changes[0].value.messages[0].id");
		String originalFrom = JsonPath.read(json, "$.entry[0].changes[0].value.messages[0].from");
		return json.replace(originalFrom, waId).replace(originalId, messageId).getBytes(StandardCharsets.UTF_8);
	}

	/** The X-Hub-Signature-256 Meta sends with this body. */
	public String signature(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What the application sent to this WhatsApp customer. */
	public List<LoggedRequest> graphRequestsTo(String waId) {
		return this.http
			.findAll(postRequestedFor(urlEqualTo(GRAPH)).withRequestBody(matchingJsonPath("$.to", equalTo(waId))));
	}

	/** Sends the message as written (Transport.send would replace its Message-ID). */
	public void deliver(String rfc822) throws MessagingException {
		Session session = this.mail.getSmtp().createSession();
		MimeMessage message = new MimeMessage(session,
				new ByteArrayInputStream(rfc822.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
		try (Transport transport = session.getTransport("smtp")) {
			transport.connect();
			transport.sendMessage(message, message.getAllRecipients());
		}
	}

	/** The customer's {@code count}-th mail from us, once it has arrived. */
	public MimeMessage awaitMailTo(String customer, int count) {
		return await().atMost(AgentApi.PATIENCE).until(() -> {
			List<MimeMessage> received = new ArrayList<>();
			for (MimeMessage message : this.mail.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().contains(customer)) {
					received.add(message);
				}
			}
			return received;
		}, (received) -> received.size() >= count).get(count - 1);
	}

}
