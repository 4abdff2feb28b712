package com.aibackend.qiscus;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Qiscus Omnichannel app this application is the bot of.
 *
 * @param webhookSecret shared secret in the webhook URL ({@code ?token=}) or the
 * {@code X-Webhook-Token} header
 * @param appCode the app's code (App ID)
 * @param secretKey the app's Qiscus secret key, sent as {@code QISCUS_SDK_SECRET}
 * @param apiBaseUrl the Omnichannel API
 * @param botEmail the bot's sender address; {@code bot@<app code>.qiscus.com} when not
 * set
 * @param timeout how long a call to Qiscus may take
 */
@ConfigurationProperties("aibackend.qiscus")
record QiscusProperties(String webhookSecret, String appCode, String secretKey, String apiBaseUrl, String botEmail,
		@DefaultValue("PT10S") Duration timeout) {

	String sender() {
		return (this.botEmail != null && !this.botEmail.isBlank()) ? this.botEmail
				: "bot@%s.qiscus.com".formatted(this.appCode);
	}

}
