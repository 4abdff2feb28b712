package com.aibackend.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.aibackend.conversation.internal.ConversationRepository;
import com.aibackend.conversation.internal.ReadingRepository;
import com.aibackend.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bot's and the agents' readings of a conversation, round after round: each stored
 * once, then found by its id (the process carries it) or as the latest of the current
 * round.
 */
@Service
public class Readings {

	private final ConversationRepository conversations;

	private final ReadingRepository readings;

	private final Clock clock;

	Readings(ConversationRepository conversations, ReadingRepository readings, Clock clock) {
		this.conversations = conversations;
		this.readings = readings;
		this.clock = clock;
	}

	/** Stores a reading of the conversation's current round. */
	@Transactional
	public Reading recordReading(String conversationId, Reading.Source source, Understanding understanding) {
		Conversation conversation = conversation(conversationId);
		Instant now = this.clock.instant();
		conversation.readIn(understanding.language(), now);
		return this.readings.save(new Reading(conversation, this.readings.countByConversationId(conversationId) + 1,
				source, understanding, now));
	}

	/** The customer was asked for what this reading found missing. */
	@Transactional
	public void markAsked(String readingId) {
		reading(readingId).asked(this.clock.instant());
	}

	/** What the reading a process carries understood. */
	@Transactional(readOnly = true)
	public Understanding understanding(String readingId) {
		return reading(readingId).understanding();
	}

	@Transactional(readOnly = true)
	public Reading reading(String readingId) {
		return this.readings.findById(readingId)
			.orElseThrow(() -> new NotFoundException("No reading with id " + readingId));
	}

	/** Every reading of the conversation, round after round, oldest first. */
	@Transactional(readOnly = true)
	public List<Reading> readingsOf(String conversationId) {
		return this.readings.ofConversation(conversationId);
	}

	/** {@link #understandingOf} for several conversations at once, by conversation id. */
	@Transactional(readOnly = true)
	public Map<String, Understanding> understandingsOf(List<Conversation> list) {
		Map<String, Reading> latest = new HashMap<>();
		this.readings.findByConversationIdIn(list.stream().map(Conversation::getId).toList())
			.forEach((reading) -> latest.merge(reading.getConversationId(), reading,
					(one, other) -> (one.getOrdinal() > other.getOrdinal()) ? one : other));
		Map<String, Understanding> understandings = new HashMap<>();
		for (Conversation conversation : list) {
			Reading reading = latest.get(conversation.getId());
			understandings.put(conversation.getId(),
					(reading == null) ? Understanding.none(conversation.getLanguage())
							: reading.ofCurrentRound(conversation) ? reading.understanding()
									: reading.understanding().forNewRound());
		}
		return understandings;
	}

	/**
	 * What is known of the conversation now: its latest reading, whose classification
	 * counts only within the round it read.
	 */
	@Transactional(readOnly = true)
	public Understanding understandingOf(String conversationId) {
		Conversation conversation = conversation(conversationId);
		return understandingsOf(List.of(conversation)).get(conversationId);
	}

	private Conversation conversation(String conversationId) {
		return this.conversations.findById(conversationId)
			.orElseThrow(() -> new NotFoundException("No conversation with id " + conversationId));
	}

}
