package com.aibackend.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo setup.
 *
 * @param enabled whether demo logins and their authorisations are created at start
 */
@ConfigurationProperties("aibackend.demo")
public record DemoProperties(boolean enabled) {

}
