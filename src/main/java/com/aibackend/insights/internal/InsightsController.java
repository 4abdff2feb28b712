package com.aibackend.insights.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.aibackend.insights.Insights;
import com.aibackend.insights.SupportInsights;
import com.aibackend.shared.InvalidRequestException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/insights?from=2026-11-01&to=2026-11-30}: the support figures for a
 * range of days (UTC, both included; the last 30 days by default, at most 366).
 */
@RestController
class InsightsController {

	private static final int LONGEST_RANGE_DAYS = 366;

	private final SupportInsights insights;

	private final Clock clock;

	InsightsController(SupportInsights insights, Clock clock) {
		this.insights = insights;
		this.clock = clock;
	}

	@GetMapping("/api/insights")
	Insights insights(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate last = (to != null) ? to : LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		LocalDate first = (from != null) ? from : last.minusDays(29);
		if (first.isAfter(last)) {
			throw new InvalidRequestException("'from' (%s) is after 'to' (%s)".formatted(first, last));
		}
		if (ChronoUnit.DAYS.between(first, last) >= LONGEST_RANGE_DAYS) {
			throw new InvalidRequestException("The range is longer than %d days".formatted(LONGEST_RANGE_DAYS));
		}
		return this.insights.between(first, last);
	}

}
