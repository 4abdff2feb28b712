package com.aibackend.bot.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.aibackend.bot.Intent;
import com.aibackend.bot.KeywordBot;
import org.junit.jupiter.api.Test;

class FieldRequirementsTest {

	final FieldRequirements requirements = new FieldRequirements(KeywordBot.PROPERTIES, KeywordBot.CATALOGUE);

	@Test
	void vagueDescriptionIsNotSubstantiveAndTheWritersNameDoesNotMakeItSo() {
		assertThat(this.requirements.isSubstantive(fields(null, "it is broken again, please help"))).isFalse();
		assertThat(this.requirements.isSubstantive(fields("Jane Doe", "Jane Doe here, something is wrong again")))
			.isFalse();
		assertThat(this.requirements.isSubstantive(fields(null, "The printer on floor 3 jams on every page"))).isTrue();
		assertThat(this.requirements.isSubstantive(fields(null, "VPN down"))).isTrue();
	}

	private static ExtractedFields fields(String name, String description) {
		return new ExtractedFields(name, null, "a@b.com", description, null, null);
	}

	@Test
	void listsExactlyWhatIsMissingInConfiguredOrder() {
		ExtractedFields fields = new ExtractedFields(null, null, "a@b.com", "it is broken", null, null);
		assertThat(this.requirements.missing(Intent.NEW_REQUEST, null, fields)).containsExactly("requesterName",
				"description", "service");
		ExtractedFields complete = new ExtractedFields("Jane", null, "a@b.com", "The VPN drops every few minutes", null,
				null);
		assertThat(this.requirements.missing(Intent.NEW_REQUEST, "NETWORK", complete)).isEmpty();
	}

	@Test
	void unknownServiceCountsAsMissing() {
		ExtractedFields complete = new ExtractedFields("Jane", null, "a@b.com", "The VPN drops every few minutes", null,
				null);
		assertThat(this.requirements.missing(Intent.NEW_REQUEST, "GARDENING", complete)).containsExactly("service");
	}

	@Test
	void otherIntentsRequireNothing() {
		assertThat(this.requirements.missing(Intent.STATUS_INQUIRY, null,
				new ExtractedFields(null, null, null, null, null, null)))
			.isEmpty();
	}

}
