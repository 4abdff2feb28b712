package com.aibackend.conversation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Direction;
import com.aibackend.conversation.Message;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MessageRepository extends JpaRepository<Message, String> {

	@Query("select m.state, count(m) from Message m where m.direction = com.aibackend.conversation.Direction.OUT "
			+ "group by m.state")
	List<Object[]> countOutboundByState();

	@Query("select m from Message m where m.channel = ?1 and m.externalId = ?2")
	Optional<Message> findByChannelAndExternalId(Channel channel, String externalId);

	@Query("select m from Message m where m.channel = ?1 and m.externalId in ?2 order by m.createdAt desc limit 1")
	Optional<Message> findFirstByChannelAndExternalIdInOrderByCreatedAtDesc(Channel channel,
			Collection<String> externalIds);

	@Query("select m from Message m where m.conversationId = ?1 order by m.createdAt, m.id")
	List<Message> findByConversationIdOrderByCreatedAtAscIdAsc(String conversationId);

	@Query("select m from Message m where m.conversationId = ?1 and m.direction = ?2 and m.createdAt >= ?3 order by m.createdAt, m.id")
	List<Message> findByConversationIdAndDirectionAndCreatedAtGreaterThanEqualOrderByCreatedAtAscIdAsc(
			String conversationId, Direction direction, Instant since);

	@Query("select m from Message m where m.conversationId = ?1 and m.direction = ?2 order by m.createdAt desc, m.id desc limit 1")
	Optional<Message> findFirstByConversationIdAndDirectionOrderByCreatedAtDescIdDesc(String conversationId,
			Direction direction);

	/** Conversations with a message containing the text (lower-cased pattern). */
	@Query("select distinct m.conversationId from Message m where lower(m.text) like ?1 escape '\\'")
	List<String> conversationIdsWithText(String pattern, org.springframework.data.domain.Pageable page);

}
