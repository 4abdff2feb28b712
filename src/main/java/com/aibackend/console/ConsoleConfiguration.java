package com.aibackend.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The admin console: static pages under {@code /console} (rules and consultants) that use
 * the REST API; {@code /console} opens it.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/console", "/console/index.html");
		registry.addRedirectViewController("/console/", "/console/index.html");
	}

}
