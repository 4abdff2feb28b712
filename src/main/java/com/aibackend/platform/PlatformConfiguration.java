package com.aibackend.platform;

import java.time.Clock;

import com.aibackend.shared.WebhookRequests;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Time, request limits and scheduled work (the unassigned queue's check) for every
 * module.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** API bodies are bounded like webhook bodies. */
	@Bean
	FilterRegistrationBean<ApiBodyLimit> apiBodyLimit() {
		FilterRegistrationBean<ApiBodyLimit> registration = new FilterRegistrationBean<>(
				new ApiBodyLimit(WebhookRequests.MAX_BODY_BYTES));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
