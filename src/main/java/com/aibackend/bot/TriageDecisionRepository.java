package com.aibackend.bot;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TriageDecisionRepository extends JpaRepository<TriageDecision, String> {

	List<TriageDecision> findAllByOrderByDecidedAtAscIdAsc();

}
