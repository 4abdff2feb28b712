package com.aibackend.assignment.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;

import org.springframework.core.io.ClassPathResource;

/**
 * The assignment decision table and the rows admins edit, each turned into the other: a
 * row's cells as FEEL string literals in the shipped table's columns, and back.
 */
final class DecisionTableRows {

	/** The shipped table gives the columns every deployed version keeps. */
	private static final String TEMPLATE = "dmn/consultant-assignment.dmn";

	private DecisionTableRows() {
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
	static DmnModelInstance build(List<RuleRow> rows) {
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

	static String upper(String value) {
		return RuleValidation.blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
	}

	private static String upperList(String value) {
		return RuleValidation.blank(value) ? null
				: String.join(",", RuleValidation.values(value).stream().map(DecisionTableRows::upper).toList());
	}

	private static String strip(String value) {
		return RuleValidation.blank(value) ? null : value.strip();
	}

}
