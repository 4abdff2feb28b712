package com.aibackend.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The condition behind {@link ConditionalOnSettings}. */
public class SettingsCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnSettings.class.getName());
		return attributes != null && missing(context.getEnvironment(), (String[]) attributes.get("value")).isEmpty();
	}

	/** The settings among {@code names} that have no value, for the start-up log. */
	public static List<String> missing(Environment environment, String... names) {
		return Arrays.stream(names).filter((name) -> {
			String value = environment.getProperty(name);
			return value == null || value.isBlank();
		}).toList();
	}

}
