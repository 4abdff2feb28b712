package com.aibackend.assignment;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the strategy the assignment decision chose over the candidate group's members.
 */
@Service
public class ConsultantAssigner {

	private final IdentityService identityService;

	private final RoundRobinTurns turns;

	ConsultantAssigner(IdentityService identityService, RoundRobinTurns turns) {
		this.identityService = identityService;
		this.turns = turns;
	}

	@Transactional
	public Assignment assign(AssignmentDecision decision) {
		return switch (decision.strategy()) {
			case STATIC -> {
				String consultant = decision.consultant();
				if (consultant == null || this.identityService.createUserQuery().userId(consultant).count() == 0) {
					throw new IllegalStateException("Rule %s of %s names consultant '%s', who does not exist"
						.formatted(decision.rule(), decision.decision(), consultant));
				}
				yield new Assignment(consultant, decision.strategy(), decision.decision(), decision.rule(), null,
						List.of(consultant));
			}
			case RANDOM -> {
				List<String> members = members(decision);
				yield assignment(decision, members.get(ThreadLocalRandom.current().nextInt(members.size())), members);
			}
			case ROUND_ROBIN -> {
				List<String> members = members(decision);
				long turn = this.turns.next(decision.candidateGroup());
				yield assignment(decision, members.get((int) (turn % members.size())), members);
			}
		};
	}

	private static Assignment assignment(AssignmentDecision decision, String consultant, List<String> members) {
		return new Assignment(consultant, decision.strategy(), decision.decision(), decision.rule(),
				decision.candidateGroup(), members);
	}

	/**
	 * The group's members in a stable order, so turns go round the same way every time.
	 */
	private List<String> members(AssignmentDecision decision) {
		if (decision.candidateGroup() == null) {
			throw new IllegalStateException("Rule %s of %s chose %s without a candidate group"
				.formatted(decision.rule(), decision.decision(), decision.strategy()));
		}
		List<String> members = this.identityService.createUserQuery()
			.memberOfGroup(decision.candidateGroup())
			.orderByUserId()
			.asc()
			.list()
			.stream()
			.map(User::getId)
			.toList();
		if (members.isEmpty()) {
			throw new IllegalStateException("Candidate group '%s' chosen by rule %s has no members"
				.formatted(decision.candidateGroup(), decision.rule()));
		}
		return members;
	}

}
