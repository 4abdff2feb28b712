package com.aibackend.ticket;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketReplyRepository extends JpaRepository<TicketReply, String> {

	List<TicketReply> findByTicketIdOrderByCreatedAtAscIdAsc(Long ticketId);

	Optional<TicketReply> findByTicketIdAndIdempotencyKey(Long ticketId, String idempotencyKey);

}
