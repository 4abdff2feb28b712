package com.aibackend.assignment.consultants;

import com.aibackend.assignment.AssignmentProperties;
import com.aibackend.assignment.ConsultantAvailable;
import com.aibackend.assignment.ConsultantLoad;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.aibackend.identity.Roles;
import com.aibackend.shared.Audited;
import com.aibackend.shared.ForbiddenException;
import com.aibackend.shared.InvalidRequestException;
import com.aibackend.shared.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultants: Camunda users in the group {@code consultants}, with the availability,
 * out-of-office period, capacity and languages the application keeps for them.
 */
@Service
public class Consultants {

	private final IdentityService identityService;

	private final ConsultantProfileRepository profiles;

	private final ConsultantLoad load;

	private final AssignmentProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Consultants(IdentityService identityService, ConsultantProfileRepository profiles, ConsultantLoad load,
			AssignmentProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.identityService = identityService;
		this.profiles = profiles;
		this.load = load;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** A consultant as the API and the console show them. */
	public record ConsultantView(String id, String name, List<String> pools, boolean available, String unavailable,
			boolean away, Instant awayFrom, Instant awayUntil, int capacity, List<String> languages, long openTickets,
			Instant lastAssignedAt) {
	}

	/** A change to a consultant's profile; a field left out stays as it is. */
	public record ProfileChange(Boolean away, Instant awayFrom, Instant awayUntil, Integer capacity,
			List<String> languages, Boolean clearOutOfOffice) {
	}

	@Transactional(readOnly = true)
	public List<ConsultantView> list() {
		List<User> users = this.identityService.createUserQuery()
			.memberOfGroup(Roles.CONSULTANTS)
			.orderByUserId()
			.asc()
			.list();
		Map<String, Long> open = this.load.openTickets(users.stream().map(User::getId).toList());
		return users.stream().map((user) -> view(user, open.getOrDefault(user.getId(), 0L))).toList();
	}

	@Transactional(readOnly = true)
	public ConsultantView get(String id) {
		User user = consultant(id);
		return view(user, this.load.openTickets(List.of(id)).getOrDefault(id, 0L));
	}

	/**
	 * Admins change everything; a consultant only their own availability and
	 * out-of-office period.
	 */
	@Transactional
	public ConsultantView update(String id, ProfileChange change, String actor, Set<String> actorGroups) {
		consultant(id);
		boolean admin = actorGroups.contains(Roles.ADMINS);
		if (!admin && !id.equals(actor)) {
			throw new ForbiddenException("Consultants change only their own availability");
		}
		if (!admin && (change.capacity() != null || change.languages() != null)) {
			throw new ForbiddenException("Only admins change capacity and languages");
		}
		Instant now = this.clock.instant();
		ConsultantProfile profile = this.profiles.findById(id).orElseGet(() -> new ConsultantProfile(id, now));
		boolean clear = Boolean.TRUE.equals(change.clearOutOfOffice());
		Instant from = clear ? null : (change.awayFrom() != null) ? change.awayFrom() : profile.getAwayFrom();
		Instant until = clear ? null : (change.awayUntil() != null) ? change.awayUntil() : profile.getAwayUntil();
		if (from != null && until != null && !from.isBefore(until)) {
			throw new InvalidRequestException("awayFrom must be before awayUntil");
		}
		Integer capacity = (change.capacity() != null) ? change.capacity() : profile.getCapacity();
		if (capacity != null && (capacity < 0 || capacity > 1000)) {
			throw new InvalidRequestException("capacity must be between 0 and 1000");
		}
		String languages = (change.languages() != null) ? languages(change.languages()) : profile.getLanguages();
		String before = describe(profile);
		int capacityBefore = capacity(profile);
		String unavailableBefore = profile.unavailability(now);
		profile.change((change.away() != null) ? change.away() : profile.isAway(), from, until, capacity, languages,
				now);
		this.profiles.save(profile);
		String after = describe(profile);
		if (!before.equals(after)) {
			this.events.publishEvent(new Audited(actor, "Consultant", id, "profile", before + " -> " + after, now));
		}
		if ((unavailableBefore != null && profile.unavailability(now) == null) || capacity(profile) > capacityBefore) {
			this.events.publishEvent(new ConsultantAvailable(id));
		}
		return get(id);
	}

	/** Why a consultant cannot take a ticket now, or {@code null}. */
	public String unavailability(String id, long openTickets, Instant now) {
		return unavailability(this.profiles.findById(id).orElse(null), openTickets, now);
	}

	private String unavailability(ConsultantProfile profile, long openTickets, Instant now) {
		String away = (profile != null) ? profile.unavailability(now) : null;
		if (away != null) {
			return away;
		}
		int capacity = capacity(profile);
		return (openTickets >= capacity) ? "at capacity (%d of %d open tickets)".formatted(openTickets, capacity)
				: null;
	}

	/**
	 * When each of these consultants last got a ticket; never-assigned ones are left out.
	 */
	public Map<String, Instant> lastAssigned(Collection<String> ids) {
		Map<String, Instant> last = new HashMap<>();
		this.profiles.findAllById(ids)
			.stream()
			.filter((profile) -> profile.getLastAssignedAt() != null)
			.forEach((profile) -> last.put(profile.getUserId(), profile.getLastAssignedAt()));
		return last;
	}

	public void assigned(String id, Instant now) {
		ConsultantProfile profile = this.profiles.findById(id).orElseGet(() -> new ConsultantProfile(id, now));
		profile.assigned(now);
		this.profiles.save(profile);
	}

	public Map<String, Long> openTickets(Collection<String> ids) {
		return this.load.openTickets(ids);
	}

	private User consultant(String id) {
		User user = this.identityService.createUserQuery().userId(id).memberOfGroup(Roles.CONSULTANTS).singleResult();
		if (user == null) {
			throw new NotFoundException("No consultant " + id);
		}
		return user;
	}

	private ConsultantView view(User user, long open) {
		ConsultantProfile profile = this.profiles.findById(user.getId()).orElse(null);
		Instant now = this.clock.instant();
		String unavailable = unavailability(profile, open, now);
		List<String> pools = this.identityService.createGroupQuery()
			.groupMember(user.getId())
			.orderByGroupId()
			.asc()
			.list()
			.stream()
			.map(org.camunda.bpm.engine.identity.Group::getId)
			.filter((group) -> !Roles.ALL.contains(group))
			.toList();
		String name = ((Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), ""))
			.strip());
		return new ConsultantView(user.getId(), name.isEmpty() ? user.getId() : name, pools, unavailable == null,
				unavailable, profile != null && profile.isAway(), (profile != null) ? profile.getAwayFrom() : null,
				(profile != null) ? profile.getAwayUntil() : null, capacity(profile),
				(profile != null && profile.getLanguages() != null) ? Arrays.asList(profile.getLanguages().split(","))
						: List.of(),
				open, (profile != null) ? profile.getLastAssignedAt() : null);
	}

	private int capacity(ConsultantProfile profile) {
		return (profile != null && profile.getCapacity() != null) ? profile.getCapacity()
				: this.properties.defaultCapacity();
	}

	private static String languages(List<String> languages) {
		for (String language : languages) {
			if (language == null || !language.strip().matches("[A-Za-z]{2}")) {
				throw new InvalidRequestException(
						"languages are ISO 639-1 codes such as en, de, id; got '%s'".formatted(language));
			}
		}
		return languages.stream()
			.map((language) -> language.strip().toLowerCase(Locale.ROOT))
			.distinct()
			.collect(Collectors.joining(","));
	}

	private String describe(ConsultantProfile profile) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("away", profile.isAway());
		fields.put("awayFrom", profile.getAwayFrom());
		fields.put("awayUntil", profile.getAwayUntil());
		fields.put("capacity", capacity(profile));
		fields.put("languages", profile.getLanguages());
		return fields.toString();
	}

}
