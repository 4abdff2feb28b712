package com.aibackend.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

	/** Open tickets per consultant: what capacity and least-loaded assignment count. */
	@Query("select t.consultant, count(t) from Ticket t where t.consultant in :consultants "
			+ "and t.status in (com.aibackend.ticket.TicketStatus.NEW, com.aibackend.ticket.TicketStatus.IN_PROGRESS) "
			+ "group by t.consultant")
	List<Object[]> countOpenByConsultant(Collection<String> consultants);

	@Query("select t.status, count(t) from Ticket t group by t.status")
	List<Object[]> countByStatus();

	/** The latest ticket made from a conversation (a reopened one keeps its number). */
	Optional<Ticket> findFirstByConversationIdOrderByIdDesc(String conversationId);

	/** The pool's queue, oldest first. */
	List<Ticket> findByStatusOrderByIdAsc(TicketStatus status);

	List<Ticket> findByConversationIdInAndStatusNotOrderByIdDesc(Collection<String> conversationIds,
			TicketStatus status);

}
