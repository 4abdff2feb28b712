package com.aibackend.security.sso;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.aibackend.identity.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Users who sign in through the identity provider become Camunda users in the groups
 * their token names (just in time, on each new set of groups), so that Tasklist filters,
 * candidate groups and the assignment rules see them like any other user. Groups the
 * engine does not know are ignored: the provider cannot invent roles.
 */
@Component
class SsoUsers {

	private final IdentityService identityService;

	/** The groups last written for each user: a repeat sign-in changes nothing. */
	private final Map<String, Set<String>> provisioned = new ConcurrentHashMap<>();

	SsoUsers(IdentityService identityService) {
		this.identityService = identityService;
	}

	/**
	 * The user's known groups, as authorities, after their memberships are brought in
	 * line.
	 */
	List<GrantedAuthority> signIn(String userId, String name, String email, Collection<String> claimedGroups) {
		Set<String> known = this.identityService.createGroupQuery()
			.groupIdIn(claimedGroups.toArray(String[]::new))
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toSet());
		if (!known.equals(this.provisioned.get(userId))) {
			synchronized (this) {
				provision(userId, name, email, known);
			}
			this.provisioned.put(userId, Set.copyOf(known));
		}
		return known.stream()
			.sorted()
			.map((group) -> (GrantedAuthority) new SimpleGrantedAuthority(Roles.GROUP_AUTHORITY_PREFIX + group))
			.toList();
	}

	private void provision(String userId, String name, String email, Set<String> groups) {
		User user = this.identityService.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			user = this.identityService.newUser(userId);
			user.setFirstName((name != null) ? name : userId);
			user.setLastName("");
			user.setEmail(email);
			this.identityService.saveUser(user);
		}
		Set<String> current = new HashSet<>(
				this.identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
		for (String group : groups) {
			if (!current.contains(group)) {
				this.identityService.createMembership(userId, group);
			}
		}
		for (String group : current) {
			if (!groups.contains(group)) {
				this.identityService.deleteMembership(userId, group);
			}
		}
	}

}
