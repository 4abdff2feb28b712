package com.aibackend.conversation.internal;

import java.util.Optional;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversation;
import com.aibackend.conversation.ConversationStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ConversationRepository
		extends JpaRepository<Conversation, String>, JpaSpecificationExecutor<Conversation> {

	@Query("select c from Conversation c where c.channel = ?1 and c.channelThread = ?2 order by c.createdAt desc limit 1")
	Optional<Conversation> findFirstByChannelAndChannelThreadOrderByCreatedAtDesc(Channel channel, String thread);

	@Query("select c from Conversation c where c.channel = ?1 and c.senderAddress = ?2 and c.status = ?3 order by c.updatedAt desc limit 1")
	Optional<Conversation> findFirstByChannelAndSenderAddressAndStatusOrderByUpdatedAtDesc(Channel channel,
			String senderAddress, ConversationStatus status);

	@Query("select c from Conversation c where upper(c.senderAddress) = upper(?1) and c.status = ?2 order by c.updatedAt desc limit 1")
	Optional<Conversation> findFirstBySenderAddressIgnoreCaseAndStatusOrderByUpdatedAtDesc(String senderAddress,
			ConversationStatus status);

	/**
	 * On every new message: an exact address, so that the (sender, status) index serves
	 * it.
	 */
	@Query("select c from Conversation c where c.senderAddress = ?1 and c.status = ?2 order by c.updatedAt desc limit 1")
	Optional<Conversation> findFirstBySenderAddressAndStatusOrderByUpdatedAtDesc(String senderAddress,
			ConversationStatus status);

	@Query("select c from Conversation c where c.ticketId = ?1 and upper(c.senderAddress) = upper(?2) order by c.updatedAt desc limit 1")
	Optional<Conversation> findFirstByTicketIdAndSenderAddressIgnoreCase(String ticketId, String senderAddress);

}
