package com.aibackend.assignment.rules;

import static com.aibackend.process.TicketIntakeProcess.DECISION_CONSULTANT_ASSIGNMENT;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.aibackend.assignment.Assignment;
import com.aibackend.assignment.AssignmentDecision;
import com.aibackend.assignment.ConsultantAssigner;
import com.aibackend.assignment.DecisionVersions;
import com.aibackend.catalogue.ServiceCatalogue;
import com.aibackend.conversation.Channel;
import com.aibackend.shared.Audited;
import com.aibackend.shared.NotFoundException;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignment table as rows admins edit: read from the latest deployed version,
 * validated, deployed as a new version (the decision stays the single source of routing),
 * tried without side effects, listed by version and rolled back.
 */
@Service
public class AssignmentRules {

	private final RepositoryService repositoryService;

	private final HistoryService historyService;

	private final IdentityService identityService;

	private final ConsultantAssigner assigner;

	private final DecisionVersions versions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RuleValidation validation;

	private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	AssignmentRules(RepositoryService repositoryService, HistoryService historyService, IdentityService identityService,
			ConsultantAssigner assigner, DecisionVersions versions, ApplicationEventPublisher events, Clock clock,
			ServiceCatalogue catalogue) {
		this.repositoryService = repositoryService;
		this.historyService = historyService;
		this.identityService = identityService;
		this.assigner = assigner;
		this.versions = versions;
		this.events = events;
		this.clock = clock;
		Set<String> services = catalogue.services()
			.stream()
			.map((service) -> service.id().toUpperCase(Locale.ROOT))
			.collect(Collectors.toSet());
		Set<String> channels = java.util.Arrays.stream(Channel.values()).map(Enum::name).collect(Collectors.toSet());
		this.validation = new RuleValidation(services, channels, identityService);
	}

	public record Rules(int version, Instant deployedAt, List<RuleRow> rows) {
	}

	public record RuleVersion(int version, Instant deployedAt, String deployedBy, String source, int rows,
			boolean latest) {
	}

	/**
	 * What a request would get now: the matching row, and whom its strategy would pick
	 * with who was passed over and why.
	 *
	 * @param version the deployed version tried, or {@code null} for rows as edited
	 * @param draft whether the rows as edited (not deployed) were tried
	 */
	public record DryRun(Integer version, String rule, String strategy, String pool, String wouldAssign,
			String strategyUsed, Map<String, String> skipped, String firstResponse, String resolution,
			String explanation, boolean draft) {
	}

	/**
	 * A request to try; with {@code rows}, the table as edited on screen is tried instead
	 * of the deployed one (validated as a deploy would be, nothing stored).
	 */
	public record DryRunRequest(String service, String priority, String channel, String language, List<RuleRow> rows) {
	}

	@Transactional(readOnly = true)
	public Rules current() {
		DecisionDefinition latest = this.versions.latestDefinition(DECISION_CONSULTANT_ASSIGNMENT);
		return new Rules(latest.getVersion(), deployedAt(latest), DecisionTableRows.rows(model(latest)));
	}

	/** Validates the rows and deploys them as the decision's next version. */
	@Transactional
	public Rules deploy(List<RuleRow> rows, String actor) {
		Map<Integer, List<String>> errors = this.validation.check(rows);
		if (!errors.isEmpty()) {
			throw new InvalidRulesException(errors);
		}
		DmnModelInstance model = DecisionTableRows.build(rows);
		int version = deploy(model, actor, "admin console or API", "%d rows".formatted(rows.size()));
		return new Rules(version, this.clock.instant(), DecisionTableRows.rows(model));
	}

	@Transactional(readOnly = true)
	public DryRun dryRun(DryRunRequest request) {
		boolean draft = request.rows() != null;
		DmnModelInstance model;
		Integer version;
		if (draft) {
			Map<Integer, List<String>> errors = this.validation.check(request.rows());
			if (!errors.isEmpty()) {
				throw new InvalidRulesException(errors);
			}
			model = DecisionTableRows.build(request.rows());
			version = null;
		}
		else {
			DecisionDefinition latest = this.versions.latestDefinition(DECISION_CONSULTANT_ASSIGNMENT);
			model = model(latest);
			version = latest.getVersion();
		}
		DmnDecision decision = this.dmn.parseDecision(DECISION_CONSULTANT_ASSIGNMENT, model);
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("service", DecisionTableRows.upper(request.service()));
		inputs.put("priority", DecisionTableRows.upper(request.priority()));
		inputs.put("channel", DecisionTableRows.upper(request.channel()));
		inputs.put("language",
				(request.language() != null) ? request.language().strip().toLowerCase(Locale.ROOT) : null);
		DmnDecisionResult result = this.dmn.evaluateDecision(decision, Variables.fromMap(inputs));
		if (result.isEmpty()) {
			return new DryRun(version, null, null, null, null, null, Map.of(), null, null,
					"No rule matches: the table needs a catch-all row.", draft);
		}
		AssignmentDecision chosen = AssignmentDecision.of(DECISION_CONSULTANT_ASSIGNMENT,
				(version != null) ? version : 0, result.getSingleResult().getEntryMap());
		Assignment preview = this.assigner.preview(chosen);
		String explanation = (preview.consultant() != null)
				? "Rule '%s' chooses %s%s; %s would get it now.".formatted(chosen.rule(), chosen.strategy(),
						(chosen.pool() != null) ? " over " + chosen.pool() : "", preview.consultant())
				: "Rule '%s' chooses %s%s; nobody can take it now, so it would wait in the %s queue.".formatted(
						chosen.rule(), chosen.strategy(), (chosen.pool() != null) ? " over " + chosen.pool() : "",
						(chosen.pool() != null) ? chosen.pool() : "unassigned");
		return new DryRun(version, chosen.rule(), chosen.strategy().name(), chosen.pool(), preview.consultant(),
				preview.strategy().name(), preview.skipped(), String.valueOf(preview.firstResponse()),
				String.valueOf(preview.resolution()),
				draft ? explanation + " (rules as edited, not deployed)" : explanation, draft);
	}

	@Transactional(readOnly = true)
	public List<RuleVersion> versions() {
		List<DecisionDefinition> definitions = this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(DECISION_CONSULTANT_ASSIGNMENT)
			.orderByDecisionDefinitionVersion()
			.desc()
			.list();
		int latest = definitions.isEmpty() ? 0 : definitions.get(0).getVersion();
		List<RuleVersion> result = new ArrayList<>();
		for (DecisionDefinition definition : definitions) {
			Deployment deployment = this.repositoryService.createDeploymentQuery()
				.deploymentId(definition.getDeploymentId())
				.singleResult();
			UserOperationLogEntry created = this.historyService.createUserOperationLogQuery()
				.deploymentId(definition.getDeploymentId())
				.operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
				.listPage(0, 1)
				.stream()
				.findFirst()
				.orElse(null);
			result.add(new RuleVersion(definition.getVersion(), deployment.getDeploymentTime().toInstant(),
					(created != null) ? created.getUserId() : null, deployment.getSource(),
					DecisionTableRows.rows(model(definition)).size(), definition.getVersion() == latest));
		}
		return result;
	}

	/** Deploys an earlier version's table again, as the newest version. */
	@Transactional
	public Rules rollBack(int version, String actor) {
		DecisionDefinition definition = this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(DECISION_CONSULTANT_ASSIGNMENT)
			.decisionDefinitionVersion(version)
			.singleResult();
		if (definition == null) {
			throw new NotFoundException("No version %d of the assignment rules".formatted(version));
		}
		DmnModelInstance model = model(definition);
		int deployed = deploy(model, actor, "rollback to version " + version, "rollback to version " + version);
		return new Rules(deployed, this.clock.instant(), DecisionTableRows.rows(model));
	}

	private int deploy(DmnModelInstance model, String actor, String source, String detail) {
		// Deployed as the admin, with their groups for Camunda's authorisation check, so
		// that Camunda's operation log says who deployed each version.
		List<String> groups = this.identityService.createGroupQuery()
			.groupMember(actor)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		this.identityService.setAuthentication(actor, groups);
		try {
			this.repositoryService.createDeployment()
				.name(DECISION_CONSULTANT_ASSIGNMENT)
				.source(source)
				.addModelInstance(DECISION_CONSULTANT_ASSIGNMENT + ".dmn", model)
				.deploy();
		}
		finally {
			this.identityService.clearAuthentication();
		}
		int version = this.versions.latest(DECISION_CONSULTANT_ASSIGNMENT);
		this.events.publishEvent(new Audited(actor, "Rules", DECISION_CONSULTANT_ASSIGNMENT, "deploy",
				"version %d: %s".formatted(version, detail), this.clock.instant()));
		return version;
	}

	private DmnModelInstance model(DecisionDefinition definition) {
		try (InputStream xml = this.repositoryService.getDecisionModel(definition.getId())) {
			return Dmn.readModelFromStream(xml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Instant deployedAt(DecisionDefinition definition) {
		return this.repositoryService.createDeploymentQuery()
			.deploymentId(definition.getDeploymentId())
			.singleResult()
			.getDeploymentTime()
			.toInstant();
	}

	/** Rows that cannot be deployed, each with its reasons. */
	public static class InvalidRulesException extends RuntimeException {

		private final Map<Integer, List<String>> errors;

		InvalidRulesException(Map<Integer, List<String>> errors) {
			super("%d of the rows cannot be deployed".formatted(errors.size()));
			this.errors = Map.copyOf(errors);
		}

		public Map<Integer, List<String>> errors() {
			return this.errors;
		}

	}

}
