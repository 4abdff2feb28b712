package com.aibackend.assignment;

import static com.aibackend.shared.TicketIntakeProcess.DECISION_CONSULTANT_ASSIGNMENT;
import static com.aibackend.shared.TicketIntakeProcess.Var.ASSIGNMENT_RULE;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;

import org.springframework.stereotype.Component;

/**
 * A business rule task's result carries outputs but not which rule matched. This engine
 * plugin listens to decision evaluations and stores the matched rule of the assignment
 * decision in the evaluating process, so the ticket can say why it was assigned.
 */
@Component
class MatchedRuleRecorder extends AbstractProcessEnginePlugin implements DmnDecisionEvaluationListener {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
		if (dmn == null) {
			dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
			configuration.setDmnEngineConfiguration(dmn);
		}
		List<DmnDecisionEvaluationListener> listeners = new ArrayList<>(dmn.getCustomPostDecisionEvaluationListeners());
		listeners.add(this);
		dmn.setCustomPostDecisionEvaluationListeners(listeners);
	}

	@Override
	public void notify(DmnDecisionEvaluationEvent event) {
		if (!(event.getDecisionResult() instanceof DmnDecisionTableEvaluationEvent table)
				|| !DECISION_CONSULTANT_ASSIGNMENT.equals(table.getDecision().getKey())) {
			return;
		}
		BpmnExecutionContext context = Context.getBpmnExecutionContext();
		if (context == null || context.getExecution() == null) {
			return;
		}
		String rules = String.join(",",
				table.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList());
		context.getExecution().setVariable(ASSIGNMENT_RULE, rules.isEmpty() ? null : rules);
	}

}
