package com.aibackend.bot;

import java.util.List;
import java.util.Map;

import com.aibackend.bot.model.ServiceModel;
import com.aibackend.catalogue.ServiceCatalogue.Service;
import com.aibackend.catalogue.ServiceCatalogue;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * A small bot configuration for tests of the rules: three services, three languages, and
 * a service model trained on the catalogue's keywords alone, so tests read the rules, not
 * the shipped examples.
 */
public final class KeywordBot {

	public static final ServiceCatalogue CATALOGUE = new ServiceCatalogue(
			List.of(new Service("NETWORK", "Network", List.of("vpn", "wifi", "network", "netzwerk", "jaringan")),
					new Service("HARDWARE", "Hardware", List.of("laptop", "printer", "screen", "drucker", "layar")),
					new Service("BILLING", "Billing", List.of("invoice", "refund"))));

	public static final BotProperties PROPERTIES = new BotProperties(
			Map.of("NEW_REQUEST", List.of("requesterName", "contact", "description", "service")), 2,
			List.of("en", "de", "id"),
			new BotProperties.Training(null, null, null, null, "tfidf", 0.5, Double.NEGATIVE_INFINITY, 0),
			Map.of("de", List.of("DE"), "id", List.of("ID")));

	private KeywordBot() {
	}

	public static ServiceModel serviceModel() {
		return new ServiceModel(
				ServiceModel.train(PROPERTIES,
						ServiceModel.examples(PROPERTIES, CATALOGUE, new DefaultResourceLoader())),
				PROPERTIES.training());
	}

}
