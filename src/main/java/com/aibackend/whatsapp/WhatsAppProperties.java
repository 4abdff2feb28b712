package com.aibackend.whatsapp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The WhatsApp Business number this application answers for (Cloud API).
 *
 * @param verifyToken the token Meta sends when the webhook is registered
 * @param appSecret signs every webhook delivery (HMAC-SHA256)
 * @param accessToken authorises our calls to the Graph API
 * @param phoneNumberId the business number's id in the Graph API
 * @param apiBaseUrl the Graph API, with its version
 * @param reminderTemplate the approved template used outside the 24-hour window; it must
 * take one body parameter, the text
 * @param timeout how long a call to the Graph API may take
 */
@ConfigurationProperties("aibackend.whatsapp")
record WhatsAppProperties(String verifyToken, String appSecret, String accessToken, String phoneNumberId,
		String apiBaseUrl, String reminderTemplate, @DefaultValue("PT10S") Duration timeout) {

}
