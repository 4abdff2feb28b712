package com.aibackend.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import com.aibackend.shared.WebhookRequests;

/**
 * Webhook deliveries as Meta sends them, signed with the app secret: customer messages
 * (each a clear request from a named person of a company) and delivery reports.
 */
final class WhatsAppDeliveries implements ProviderStandIn.Deliveries {

	static final String APP_SECRET = "bench-app-secret";

	static final String PHONE_NUMBER_ID = "100200300";

	private static final String[] REQUESTS = {
			"Hi, this is %s from %s. Since this morning our invoices in the billing portal show the wrong VAT rate "
					+ "for all customers. We cannot send invoices until this is fixed. Please help urgently.",
			"Hello, %s here from %s. The VPN connection drops every few minutes since yesterday's update and we "
					+ "cannot reach the file server anymore.",
			"Good morning, my name is %s (%s). My laptop does not start anymore, the screen stays black after the "
					+ "logo and the power light blinks orange.",
			"Hi, I am %s from %s. We were charged twice for the March subscription on our last invoice, please "
					+ "refund the duplicate payment.",
			"Hello, this is %s of %s. The office printer on the second floor jams on every page and shows "
					+ "error E-52." };

	private static final String[] NAMES = { "Sheena Nelson", "Marco Rossi", "Aiko Tanaka", "Jonas Weber",
			"Priya Sharma", "Lucas Martin", "Dewi Lestari", "Omar Haddad" };

	private static final String[] COMPANIES = { "Brightwave Logistics", "Nordlicht GmbH", "Sunrise Foods",
			"Atlas Engineering", "Kopi Nusantara", "Blue Harbor Media" };

	/**
	 * The customer {@code sender}'s message, with the channel id {@code messageId} (a
	 * redelivery repeats it).
	 */
	byte[] message(String sender, String messageId, int index) {
		String name = NAMES[index % NAMES.length];
		String company = COMPANIES[(index / NAMES.length) % COMPANIES.length];
		String text = REQUESTS[index % REQUESTS.length].formatted(name, company);
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"bench","changes":[{"field":"messages","value":{
				"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550000000","phone_number_id":"%s"},
				"contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],
				"messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"text","text":{"body":"%s"}}]}}]}]}"""
			.formatted(PHONE_NUMBER_ID, name, sender, sender, messageId, System.currentTimeMillis() / 1000, text)
			.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public byte[] statusReport(String messageId) {
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"bench","changes":[{"field":"messages","value":{
				"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550000000","phone_number_id":"%s"},
				"statuses":[{"id":"%s","status":"delivered","timestamp":"%d","recipient_id":"0"}]}}]}]}"""
			.formatted(PHONE_NUMBER_ID, messageId, System.currentTimeMillis() / 1000)
			.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public HttpRequest signed(URI webhook, byte[] body) {
		return HttpRequest.newBuilder(webhook)
			.header("Content-Type", "application/json")
			.header("X-Hub-Signature-256", "sha256=" + WebhookRequests.hmacSha256Hex(APP_SECRET, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	/** The application's settings for WhatsApp against the stand-in. */
	static java.util.List<String> appArguments(String providerBaseUrl) {
		return java.util.List.of("--aibackend.whatsapp.verify-token=bench",
				"--aibackend.whatsapp.app-secret=" + APP_SECRET, "--aibackend.whatsapp.access-token=bench",
				"--aibackend.whatsapp.phone-number-id=" + PHONE_NUMBER_ID,
				"--aibackend.whatsapp.api-base-url=" + providerBaseUrl);
	}

}
