package com.aibackend.bot.triage;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TriageDecisionRepository extends JpaRepository<TriageDecision, String> {

	List<TriageDecision> findAllByOrderByDecidedAtAscIdAsc();

	@Query("select d from TriageDecision d where d.conversationId = ?1 order by d.decidedAt, d.id")
	List<TriageDecision> ofConversation(String conversationId);

}
