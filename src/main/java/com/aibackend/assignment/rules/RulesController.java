package com.aibackend.assignment.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.aibackend.assignment.rules.AssignmentRules.DryRun;
import com.aibackend.assignment.rules.AssignmentRules.DryRunRequest;
import com.aibackend.assignment.rules.AssignmentRules.InvalidRulesException;
import com.aibackend.assignment.rules.AssignmentRules.RuleVersion;
import com.aibackend.assignment.rules.AssignmentRules.Rules;
import com.aibackend.shared.InvalidRequestException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assignment rules: read and edited as rows, deployed as versions of the
 * {@code consultant-assignment} decision, tried with a dry-run, rolled back.
 */
@RestController
@RequestMapping("/api/rules")
class RulesController {

	private final AssignmentRules rules;

	RulesController(AssignmentRules rules) {
		this.rules = rules;
	}

	@GetMapping
	Rules current() {
		return this.rules.current();
	}

	/** {@code {"rows":[…]}} → the new version, or 422 with the reasons per row. */
	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	Rules deploy(@RequestBody RowsRequest request, Authentication caller) {
		if (request.rows() == null) {
			throw new InvalidRequestException("rows is required: the table's rows, top to bottom");
		}
		return this.rules.deploy(request.rows(), caller.getName());
	}

	@PostMapping(path = "/dry-run", consumes = MediaType.APPLICATION_JSON_VALUE)
	DryRun dryRun(@RequestBody DryRunRequest request) {
		return this.rules.dryRun(request);
	}

	@GetMapping("/versions")
	List<RuleVersion> versions() {
		return this.rules.versions();
	}

	@PostMapping("/versions/{version}/rollback")
	Rules rollBack(@PathVariable int version, Authentication caller) {
		return this.rules.rollBack(version, caller.getName());
	}

	@ExceptionHandler(InvalidRulesException.class)
	ProblemDetail invalid(InvalidRulesException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				ex.getMessage() + "; nothing was deployed.");
		problem.setTitle("Invalid rules");
		Map<Integer, List<String>> rows = new TreeMap<>();
		rows.putAll(ex.errors());
		problem.setProperty("errors", rows);
		return problem;
	}

	record RowsRequest(List<RuleRow> rows) {
	}

}
