package com.aibackend.shared;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** HTTP clients for the providers we call (channels, LLM): JDK client, bounded waits. */
public final class OutboundHttp {

	private OutboundHttp() {
	}

	public static RestClient.Builder restClient(String baseUrl, Duration timeout) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				// HTTP/1.1: local servers and proxies often reject the HTTP/2 upgrade.
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build());
		requests.setReadTimeout(timeout);
		return RestClient.builder().baseUrl(baseUrl).requestFactory(requests);
	}

}
