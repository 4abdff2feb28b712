package com.aibackend.assignment;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RoundRobinCursorRepository extends JpaRepository<RoundRobinCursor, String> {

	/**
	 * Locks the pool's row until the transaction ends, so no two assignments read the
	 * same turn.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from RoundRobinCursor c where c.pool = :pool")
	Optional<RoundRobinCursor> lockByPool(String pool);

}
