package com.aibackend.conversation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Direction;
import com.aibackend.conversation.Message;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageRepository extends JpaRepository<Message, String> {

	Optional<Message> findByChannelAndExternalId(Channel channel, String externalId);

	Optional<Message> findFirstByChannelAndExternalIdInOrderByCreatedAtDesc(Channel channel,
			Collection<String> externalIds);

	List<Message> findByConversationIdOrderByCreatedAtAscIdAsc(String conversationId);

	List<Message> findByConversationIdAndDirectionAndCreatedAtGreaterThanEqualOrderByCreatedAtAscIdAsc(
			String conversationId, Direction direction, Instant since);

	Optional<Message> findFirstByConversationIdAndDirectionOrderByCreatedAtDescIdDesc(String conversationId,
			Direction direction);

}
