package com.aibackend.ticket;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketCommentRepository extends JpaRepository<TicketComment, String> {

	List<TicketComment> findByTicketIdOrderByCreatedAtAscIdAsc(Long ticketId);

}
