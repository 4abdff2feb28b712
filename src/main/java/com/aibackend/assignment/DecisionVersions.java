package com.aibackend.assignment;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;

import org.springframework.stereotype.Component;

/**
 * The decision's latest version: the one a business rule task bound to "latest"
 * evaluates.
 */
@Component
public class DecisionVersions {

	private final RepositoryService repositoryService;

	DecisionVersions(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	/**
	 * Read in the same transaction right after the evaluation; a deployment would have to
	 * commit within that instant to differ.
	 */
	public int latest(String decisionKey) {
		return latestDefinition(decisionKey).getVersion();
	}

	public DecisionDefinition latestDefinition(String decisionKey) {
		DecisionDefinition definition = this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(decisionKey)
			.latestVersion()
			.singleResult();
		if (definition == null) {
			throw new IllegalStateException("Decision %s is not deployed".formatted(decisionKey));
		}
		return definition;
	}

}
