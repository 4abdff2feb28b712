package com.aibackend.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskingTest {

	@Test
	void emailAddressesKeepOnlyTheirFirstLetterAndDomain() {
		assertThat(PersonalDataMasking.mask("Reply sent to alice.meyer@example.com, cc bob+it@firma.co.id."))
			.isEqualTo("Reply sent to a***@example.com, cc b***@firma.co.id.");
	}

	@Test
	void phoneNumbersKeepOnlyTheirLastTwoDigits() {
		assertThat(PersonalDataMasking.mask("Call +49 151 2345678 or 0812-3456-7890; WhatsApp 4915123456789."))
			.isEqualTo("Call ***78 or ***90; WhatsApp ***89.");
	}

	@Test
	void datesTicketNumbersAndIdsStayReadable() {
		String line = "TCK-000123 closed on 2026-11-29 at 01:00 by agent, 3 of 12 retries, instance 5f1e-42";
		assertThat(PersonalDataMasking.mask(line)).isEqualTo(line);
	}

}
