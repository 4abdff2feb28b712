package com.aibackend.bot.triage;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TriageDecisionRepository extends JpaRepository<TriageDecision, String> {

	List<TriageDecision> findAllByOrderByDecidedAtAscIdAsc();

}
