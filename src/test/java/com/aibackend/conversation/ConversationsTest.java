package com.aibackend.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The record of readings on the real schema (slice): each round's reading is its own row,
 * and a new round starts unclassified but keeps who the customer is.
 */
@DataJpaTest
@Import({ Conversations.class, Readings.class, ConversationsTest.FixedClock.class })
class ConversationsTest {

	@Autowired
	Conversations conversations;

	@Autowired
	Readings readings;

	@Test
	void eachReadingIsItsOwnRecordAndTheLatestCounts() {
		Conversation conversation = open();
		Reading first = this.readings.recordReading(conversation.getId(), Reading.Source.BOT,
				reading("NEW_REQUEST", null, List.of("service")));
		Reading second = this.readings.recordReading(conversation.getId(), Reading.Source.TRIAGE,
				reading("NEW_REQUEST", "NETWORK", List.of()));

		assertThat(first.getId()).isNotEqualTo(second.getId());
		assertThat(this.readings.reading(first.getId()).understanding().missingFields()).containsExactly("service");
		assertThat(this.readings.understandingOf(conversation.getId()).service()).isEqualTo("NETWORK");
		assertThat(this.conversations.get(conversation.getId()).getLanguage()).isEqualTo("de");
	}

	@Test
	void aNewRoundForgetsTheClassificationButNotTheCustomer() {
		Conversation conversation = open();
		this.readings.recordReading(conversation.getId(), Reading.Source.BOT,
				reading("STATUS_INQUIRY", "NETWORK", List.of()));

		this.conversations.startRound(this.conversations.get(conversation.getId()), java.time.Instant.now());

		Understanding known = this.readings.understandingOf(conversation.getId());
		assertThat(known.intent()).isNull();
		assertThat(known.service()).isNull();
		assertThat(known.requesterName()).isEqualTo("Jana Novak");
		assertThat(known.language()).isEqualTo("de");
	}

	@Test
	void anUnreadConversationIsKnownToBeUnread() {
		Understanding known = this.readings.understandingOf(open().getId());

		assertThat(known.intent()).isNull();
		assertThat(known.missingFields()).isEmpty();
	}

	private Conversation open() {
		return this.conversations.open(Channel.API, "jana@example.com", null, null, null, null, "Hallo", null);
	}

	private static Understanding reading(String intent, String service, List<String> missing) {
		return new Understanding(intent, service, "MEDIUM", null, 0.8, "de", "Jana Novak", null, null,
				"Der Drucker druckt nicht.", null, null, missing);
	}

	/** Rounds are told apart by time: each call is a second later. */
	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return new Clock() {

				private Instant now = Instant.parse("2026-01-01T00:00:00Z");

				@Override
				public synchronized Instant instant() {
					this.now = this.now.plusSeconds(1);
					return this.now;
				}

				@Override
				public ZoneOffset getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(java.time.ZoneId zone) {
					return this;
				}

			};
		}

	}

}
