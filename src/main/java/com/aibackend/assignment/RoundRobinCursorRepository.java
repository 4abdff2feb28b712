package com.aibackend.assignment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RoundRobinCursorRepository extends JpaRepository<RoundRobinCursor, String> {

	/**
	 * Moves the pool's cursor on by one. The update locks the row until the transaction
	 * ends and works on the latest committed position, so no two assignments take the
	 * same turn.
	 */
	@Modifying(flushAutomatically = true)
	@Query("update RoundRobinCursor c set c.nextPosition = c.nextPosition + 1 where c.pool = :pool")
	int advance(String pool);

	@Query("select c.nextPosition from RoundRobinCursor c where c.pool = :pool")
	long position(String pool);

}
