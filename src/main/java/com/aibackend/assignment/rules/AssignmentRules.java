package com.aibackend.assignment.rules;

import com.aibackend.assignment.AssignmentDecision;
import com.aibackend.assignment.ConsultantAssigner;
import com.aibackend.assignment.Assignment;
import com.aibackend.assignment.DecisionVersions;
import static com.aibackend.process.TicketIntakeProcess.DECISION_CONSULTANT_ASSIGNMENT;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignment table as rows admins edit: read from the latest deployed version,
 * validated, deployed as a new version (the decision stays the single source of routing),
 * tried without side effects, listed by version and rolled back.
 */
@Service
public class AssignmentRules {

	/** The shipped table gives the columns every deployed version keeps. */
	private static final String TEMPLATE = "dmn/consultant-assignment.dmn";

	private static final List<String> INPUTS = List.of("service", "priority", "channel", "language");

	private static final List<String> OUTPUTS = List.of("strategy", "consultant", "pool", "fallbackStrategy", "rule",
			"firstResponse", "resolution");

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
			Environment environment) {
		this.repositoryService = repositoryService;
		this.historyService = historyService;
		this.identityService = identityService;
		this.assigner = assigner;
		this.versions = versions;
		this.events = events;
		this.clock = clock;
		Set<String> services = Binder.get(environment)
			.bind("aibackend.bot.services", Bindable.listOf(CatalogueService.class))
			.orElse(List.of())
			.stream()
			.map((service) -> service.id().toUpperCase(Locale.ROOT))
			.collect(Collectors.toSet());
		Set<String> channels = java.util.Arrays.stream(Channel.values()).map(Enum::name).collect(Collectors.toSet());
		this.validation = new RuleValidation(services, channels, identityService);
	}

	/** The id a catalogue entry has; the rest of it is the bot's. */
	record CatalogueService(String id) {
	}

	public record Rules(int version, Instant deployedAt, List<RuleRow> rows) {
	}

	public record RuleVersion(int version, Instant deployedAt, String deployedBy, String source, int rows,
			boolean latest) {
	}

	/**
	 * What a request would get now: the matching row, and whom its strategy would pick
	 * with who was passed over and why.
	 */
	/**
	 * What a request would get.
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
		return new Rules(latest.getVersion(), deployedAt(latest), rows(model(latest)));
	}

	/** Validates the rows and deploys them as the decision's next version. */
	@Transactional
	public Rules deploy(List<RuleRow> rows, String actor) {
		Map<Integer, List<String>> errors = this.validation.check(rows);
		if (!errors.isEmpty()) {
			throw new InvalidRulesException(errors);
		}
		DmnModelInstance model = build(rows);
		int version = deploy(model, actor, "admin console or API", "%d rows".formatted(rows.size()));
		return new Rules(version, this.clock.instant(), rows(model));
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
			model = build(request.rows());
			version = null;
		}
		else {
			DecisionDefinition latest = this.versions.latestDefinition(DECISION_CONSULTANT_ASSIGNMENT);
			model = model(latest);
			version = latest.getVersion();
		}
		DmnDecision decision = this.dmn.parseDecision(DECISION_CONSULTANT_ASSIGNMENT, model);
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("service", upper(request.service()));
		inputs.put("priority", upper(request.priority()));
		inputs.put("channel", upper(request.channel()));
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
					rows(model(definition)).size(), definition.getVersion() == latest));
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
		return new Rules(deployed, this.clock.instant(), rows(model));
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

	/** The table's rows, reading each column by its input expression or output name. */
	static List<RuleRow> rows(DmnModelInstance model) {
		DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
		List<String> inputs = table.getInputs()
			.stream()
			.map((input) -> input.getInputExpression().getText().getTextContent().strip())
			.toList();
		List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
		List<RuleRow> rows = new ArrayList<>();
		for (Rule rule : table.getRules()) {
			Map<String, String> cells = new HashMap<>();
			List<InputEntry> inputEntries = new ArrayList<>(rule.getInputEntries());
			for (int i = 0; i < inputs.size() && i < inputEntries.size(); i++) {
				cells.put(inputs.get(i), fromFeel(inputEntries.get(i).getText().getTextContent()));
			}
			List<OutputEntry> outputEntries = new ArrayList<>(rule.getOutputEntries());
			for (int i = 0; i < outputs.size() && i < outputEntries.size(); i++) {
				cells.put(outputs.get(i), fromFeel(outputEntries.get(i).getText().getTextContent()));
			}
			String description = (rule.getDescription() != null) ? rule.getDescription().getTextContent() : null;
			String name = (cells.get("rule") != null) ? cells.get("rule") : rule.getId();
			rows.add(new RuleRow(name, description, cells.get("service"), cells.get("priority"), cells.get("channel"),
					cells.get("language"), cells.get("strategy"), cells.get("consultant"), cells.get("pool"),
					cells.get("fallbackStrategy"), cells.get("firstResponse"), cells.get("resolution")));
		}
		return rows;
	}

	/** The shipped table's columns with these rows. */
	private DmnModelInstance build(List<RuleRow> rows) {
		DmnModelInstance model;
		try (InputStream template = new ClassPathResource(TEMPLATE).getInputStream()) {
			model = Dmn.readModelFromStream(template);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
		new ArrayList<>(table.getRules()).forEach((rule) -> table.removeChildElement(rule));
		List<String> inputs = table.getInputs()
			.stream()
			.map((Input input) -> input.getInputExpression().getText().getTextContent().strip())
			.toList();
		List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
		int number = 1;
		for (RuleRow row : rows) {
			Map<String, String> cells = new LinkedHashMap<>();
			cells.put("service", upperList(row.service()));
			cells.put("priority", upperList(row.priority()));
			cells.put("channel", upperList(row.channel()));
			cells.put("language", (row.language() != null) ? row.language().toLowerCase(Locale.ROOT) : null);
			cells.put("strategy", upper(row.strategy()));
			cells.put("consultant", strip(row.consultant()));
			cells.put("pool", strip(row.pool()));
			cells.put("fallbackStrategy", upper(row.fallbackStrategy()));
			cells.put("rule", strip(row.name()));
			cells.put("firstResponse", strip(row.firstResponse()));
			cells.put("resolution", strip(row.resolution()));
			String id = "Rule_%02d".formatted(number++);
			Rule rule = model.newInstance(Rule.class);
			rule.setId(id);
			if (!RuleValidation.blank(row.description())) {
				Description description = model.newInstance(Description.class);
				description.setTextContent(row.description().strip());
				rule.setDescription(description);
			}
			for (int i = 0; i < inputs.size(); i++) {
				InputEntry entry = model.newInstance(InputEntry.class);
				entry.setId(id + "_In" + i);
				entry.setText(text(model, toFeel(cells.get(inputs.get(i)))));
				rule.getInputEntries().add(entry);
			}
			for (int i = 0; i < outputs.size(); i++) {
				OutputEntry entry = model.newInstance(OutputEntry.class);
				entry.setId(id + "_Out" + i);
				entry.setText(text(model, toFeel(cells.get(outputs.get(i)))));
				rule.getOutputEntries().add(entry);
			}
			table.getRules().add(rule);
		}
		Dmn.validateModel(model);
		return model;
	}

	private static Text text(DmnModelInstance model, String content) {
		Text text = model.newInstance(Text.class);
		text.setTextContent(content);
		return text;
	}

	/**
	 * {@code "A","B"} (string literals, as Camunda Modeler writes them) to {@code A, B}.
	 */
	static String fromFeel(String expression) {
		if (expression == null || expression.isBlank()) {
			return null;
		}
		List<String> values = new ArrayList<>();
		for (String part : expression.split(",")) {
			String value = part.strip();
			if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
				value = value.substring(1, value.length() - 1);
			}
			values.add(value);
		}
		return String.join(", ", values);
	}

	/** {@code A, B} to {@code "A","B"}. */
	static String toFeel(String cell) {
		List<String> values = RuleValidation.values(cell);
		return values.stream().map((value) -> "\"" + value.replace("\"", "") + "\"").collect(Collectors.joining(","));
	}

	private static String upper(String value) {
		return RuleValidation.blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
	}

	private static String upperList(String value) {
		return RuleValidation.blank(value) ? null
				: String.join(",", RuleValidation.values(value).stream().map(AssignmentRules::upper).toList());
	}

	private static String strip(String value) {
		return RuleValidation.blank(value) ? null : value.strip();
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
