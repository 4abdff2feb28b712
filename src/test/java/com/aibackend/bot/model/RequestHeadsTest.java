package com.aibackend.bot.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.aibackend.bot.BotProperties;
import com.aibackend.bot.Intent;
import com.aibackend.bot.Priority;
import com.aibackend.bot.TicketType;
import com.aibackend.catalogue.ServiceCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The shipped intent and priority heads on messages that are not among their examples.
 */
@SpringBootTest(classes = RequestHeadsTest.HeadsOnly.class)
class RequestHeadsTest {

	@EnableConfigurationProperties({ BotProperties.class, ServiceCatalogue.class })
	@Import(RequestHeads.class)
	static class HeadsOnly {

	}

	@Autowired
	RequestHeads heads;

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|',
			value = { "Is there any progress on the request I sent on Tuesday?|STATUS_INQUIRY",
					"Gibt es schon Neuigkeiten zu meiner Meldung vom Dienstag?|STATUS_INQUIRY",
					"Apakah ada kabar tentang permintaan saya hari Selasa?|STATUS_INQUIRY",
					"Thank you so much, it works again!|OTHER", "Vielen Dank, jetzt klappt alles wieder!|OTHER",
					"The scanner in reception shows a paper jam error.|NEW_REQUEST" })
	void readsTheIntent(String text, Intent intent) {
		assertThat(this.heads.intent(text)).isEqualTo(intent);
	}

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|',
			value = { "Nobody in the warehouse can work, the whole network is down!|HIGH",
					"Die Server sind ausgefallen, die Produktion steht still.|HIGH",
					"Could you please look at the projector next month, it is not important.|LOW",
					"The label printer prints faded labels.|MEDIUM" })
	void readsThePriority(String text, Priority priority) {
		assertThat(this.heads.priority(text)).isEqualTo(priority);
	}

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|',
			value = { "The scanner at reception stopped working this morning.|INCIDENT",
					"Please order a new headset for our trainee.|REQUEST",
					"Every few days the file share disconnects again, please find out why.|PROBLEM",
					"Please move all users to the new e-mail server next weekend.|CHANGE" })
	void readsTheTicketType(String text, TicketType type) {
		assertThat(this.heads.type(text)).isEqualTo(type);
	}

}
