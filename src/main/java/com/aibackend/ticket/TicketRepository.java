package com.aibackend.ticket;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

	List<Ticket> findByConversationIdInAndStatusNotOrderByIdDesc(Collection<String> conversationIds,
			TicketStatus status);

}
