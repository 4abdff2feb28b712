package com.aibackend.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketStatusTest {

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource({ "NEW, IN_PROGRESS, true", "NEW, CLOSED, true", "IN_PROGRESS, CLOSED, true", "IN_PROGRESS, NEW, false",
			"CLOSED, NEW, false", "CLOSED, IN_PROGRESS, false", "NEW, NEW, false" })
	void lifecycleOnlyMovesForward(TicketStatus from, TicketStatus to, boolean allowed) {
		assertThat(from.canMoveTo(to)).isEqualTo(allowed);
	}

	@ParameterizedTest
	@CsvSource({ "TCK-000042, 42", "tck-7, 7", "TCK42, 42", "42, 42" })
	void parsesTicketReferences(String reference, long number) {
		assertThat(TicketNumbers.numberOf(reference)).isEqualTo(number);
	}

}
