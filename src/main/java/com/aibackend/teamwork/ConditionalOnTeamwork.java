package com.aibackend.teamwork;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** The connector is on when an API key and a site or base URL are set. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
@ConditionalOnExpression("!'${aibackend.teamwork.api-key:}'.isBlank() and "
		+ "(!'${aibackend.teamwork.site:}'.isBlank() or !'${aibackend.teamwork.base-url:}'.isBlank())")
public @interface ConditionalOnTeamwork {

}
