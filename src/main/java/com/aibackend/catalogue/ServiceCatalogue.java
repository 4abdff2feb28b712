package com.aibackend.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The services customers ask about, in one place ({@code aibackend.catalogue.services}):
 * the bot learns them, the forms offer them, the assignment rules name them, tickets and
 * answers carry them. Adding a service is adding an entry here; the assignment table's
 * fallback rule routes it until a rule of its own is written.
 *
 * @param services in order of preference when keywords tie
 */
@ConfigurationProperties("aibackend.catalogue")
public record ServiceCatalogue(List<Service> services) {

	public ServiceCatalogue {
		services = (services != null) ? List.copyOf(services) : List.of();
	}

	public Optional<Service> service(String id) {
		return this.services.stream().filter((service) -> service.id().equals(id)).findFirst();
	}

	public boolean contains(String id) {
		return service(id).isPresent();
	}

	/** What customers and agents read for a service id; the id itself if unknown. */
	public String name(String id) {
		return service(id).map(Service::name).orElse(id);
	}

	/**
	 * One service.
	 *
	 * @param id stable id used in assignment rules and tickets
	 * @param name what customers and agents read
	 * @param keywords words or phrases that point to this service, learnt as extra
	 * examples
	 */
	public record Service(String id, String name, List<String> keywords) {

		public Service {
			keywords = (keywords != null) ? List.copyOf(keywords) : List.of();
		}

	}

}
