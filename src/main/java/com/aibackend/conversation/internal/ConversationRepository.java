package com.aibackend.conversation.internal;

import java.util.Optional;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ConversationRepository
		extends JpaRepository<Conversation, String>, JpaSpecificationExecutor<Conversation> {

	Optional<Conversation> findFirstByChannelAndChannelThreadOrderByCreatedAtDesc(Channel channel, String thread);

	Optional<Conversation> findFirstByChannelAndSenderAddressAndStatusOrderByUpdatedAtDesc(Channel channel,
			String senderAddress, ConversationStatus status);

	Optional<Conversation> findFirstBySenderAddressIgnoreCaseAndStatusOrderByUpdatedAtDesc(String senderAddress,
			ConversationStatus status);

	Optional<Conversation> findFirstByTicketIdAndSenderAddressIgnoreCase(String ticketId, String senderAddress);

}
