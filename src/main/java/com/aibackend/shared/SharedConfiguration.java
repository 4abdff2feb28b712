package com.aibackend.shared;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

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
