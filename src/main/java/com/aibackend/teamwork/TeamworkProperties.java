package com.aibackend.teamwork;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Teamwork Desk connector (README, Teamwork Desk). On when an API key and a site (or
 * the API's base URL) are set.
 *
 * @param site the site, as in {@code https://{site}.teamwork.com}
 * @param baseUrl the API's base URL; by default
 * {@code https://{site}.teamwork.com/desk/api/v2}
 * @param apiKey the API key, sent as a bearer token
 * @param webhookSecret the secret Teamwork signs its webhooks with
 * @param defaultInbox the inbox of services without an inbox of their own
 * @param inboxes inbox id per service
 * @param statuses Teamwork status id per ticket status of ours (NEW, IN_PROGRESS, CLOSED)
 * @param priorities Teamwork priority id per priority of ours (LOW, MEDIUM, HIGH)
 * @param retryCycle how often and how far apart a failing call is tried again before an
 * incident shows in Cockpit
 */
@ConfigurationProperties("aibackend.teamwork")
public record TeamworkProperties(String site, String baseUrl, String apiKey, String webhookSecret, Long defaultInbox,
		Map<String, Long> inboxes, Map<String, Long> statuses, Map<String, Long> priorities, String retryCycle) {

	public TeamworkProperties {
		inboxes = upperCaseKeys(inboxes);
		statuses = upperCaseKeys(statuses);
		priorities = upperCaseKeys(priorities);
		retryCycle = (retryCycle != null && !retryCycle.isBlank()) ? retryCycle : "R5/PT1M";
	}

	public boolean enabled() {
		return present(this.apiKey) && (present(this.baseUrl) || present(this.site));
	}

	public String apiBaseUrl() {
		String url = present(this.baseUrl) ? this.baseUrl : "https://" + this.site + ".teamwork.com/desk/api/v2";
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** Where people open a ticket in Teamwork Desk. */
	public String ticketLink(long id) {
		String api = apiBaseUrl();
		String desk = api.contains("/api/") ? api.substring(0, api.indexOf("/api/")) : api;
		return desk + "/tickets/" + id;
	}

	public Long inboxFor(String service) {
		return this.inboxes.getOrDefault(service, this.defaultInbox);
	}

	/** Set from the environment, keys arrive lower-cased: ours are upper case. */
	private static Map<String, Long> upperCaseKeys(Map<String, Long> map) {
		return (map == null) ? Map.of()
				: map.entrySet()
					.stream()
					.collect(Collectors.toUnmodifiableMap((entry) -> entry.getKey().toUpperCase(Locale.ROOT),
							Map.Entry::getValue));
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
