package com.aibackend.bot.extraction;

import java.util.ArrayList;
import java.util.List;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.Intent;
import com.aibackend.bot.language.MessageSubstance;
import com.aibackend.catalogue.ServiceCatalogue;

import org.springframework.stereotype.Component;

/**
 * Which fields an intent requires (configuration, not code) and whether a request has
 * them. A description must name a problem: "it is broken again" does not describe
 * anything.
 */
@Component
public class FieldRequirements {

	static final String REQUESTER_NAME = "requesterName";

	static final String COMPANY = "company";

	static final String CONTACT = "contact";

	public static final String DESCRIPTION = "description";

	public static final String SERVICE = "service";

	private final BotProperties properties;

	private final MessageSubstance substance;

	private final ServiceCatalogue catalogue;

	public FieldRequirements(BotProperties properties, ServiceCatalogue catalogue) {
		this.properties = properties;
		this.catalogue = catalogue;
		this.substance = new MessageSubstance(properties, catalogue);
	}

	public List<String> missing(Intent intent, String service, ExtractedFields fields) {
		List<String> missing = new ArrayList<>();
		for (String field : this.properties.requiredFields().getOrDefault(intent.name(), List.of())) {
			boolean present = switch (field) {
				case REQUESTER_NAME -> hasText(fields.requesterName());
				case COMPANY -> hasText(fields.company());
				case CONTACT -> hasText(fields.contact());
				case DESCRIPTION -> isSubstantive(fields);
				case SERVICE -> service != null && this.catalogue.contains(service);
				default -> throw new IllegalStateException("Unknown required field in configuration: " + field);
			};
			if (!present) {
				missing.add(field);
			}
		}
		return missing;
	}

	/** Whether the description names a problem, the writer's name and company aside. */
	boolean isSubstantive(ExtractedFields fields) {
		return this.substance.isConcrete(fields.description(), fields.requesterName(), fields.company());
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
