package com.aibackend.identity;

import com.aibackend.platform.MaskedMessageConverter;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo logins for a local run: an admin, an agent, an analyst and consultants in one
 * group per service. Created only when {@code aibackend.demo.enabled} is true, and said
 * loudly in the log.
 */
@Component
@ConditionalOnProperty(name = "aibackend.demo.enabled", havingValue = "true")
class DemoIdentities {

	private static final Logger log = LoggerFactory.getLogger(DemoIdentities.class);

	private static final List<DemoGroup> GROUPS = List.of(new DemoGroup("network-team", "Network & VPN team"),
			new DemoGroup("email-team", "E-mail & Calendar team"), new DemoGroup("hardware-team", "Hardware team"),
			new DemoGroup("access-team", "Accounts & Access team"), new DemoGroup("billing-team", "Billing team"),
			new DemoGroup("software-team", "Software & Licences team"));

	private final IdentityService identityService;

	DemoIdentities(IdentityService identityService) {
		this.identityService = identityService;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	void create() {
		GROUPS.forEach(this::group);
		DemoUsers.ALL.forEach(this::user);
		// The demo logins are published in the README; the log shows them unmasked.
		log.warn(MaskedMessageConverter.PUBLISHED, """

				**********************************************************************
				*  DEMO USERS ARE ACTIVE (aibackend.demo.enabled=true).               *
				*  admin@example.com/admin123, agent@example.com/agent123,            *
				*  analyst@example.com/analyst123, consultants .../consultant123.     *
				*  Never run like this in production: set DEMO_ENABLED=false.         *
				**********************************************************************""");
	}

	private void group(DemoGroup demo) {
		if (this.identityService.createGroupQuery().groupId(demo.id()).count() == 0) {
			Group group = this.identityService.newGroup(demo.id());
			group.setName(demo.name());
			group.setType(Groups.GROUP_TYPE_WORKFLOW);
			this.identityService.saveGroup(group);
		}
	}

	private void user(DemoUsers.DemoUser demo) {
		if (this.identityService.createUserQuery().userId(demo.id()).count() > 0) {
			return;
		}
		User user = this.identityService.newUser(demo.id());
		user.setFirstName(demo.firstName());
		user.setLastName(demo.lastName());
		user.setEmail(demo.id());
		user.setPassword(demo.password());
		this.identityService.saveUser(user);
		demo.groups().forEach((group) -> this.identityService.createMembership(demo.id(), group));
	}

	private record DemoGroup(String id, String name) {
	}

}
