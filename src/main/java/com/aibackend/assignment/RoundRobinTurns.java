package com.aibackend.assignment;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out round-robin turns from the database, so the order survives restarts and is
 * shared by every application node on the same database.
 *
 * <p>
 * Two locks make a turn exclusive until the assignment commits. Across nodes, the row
 * lock taken by the cursor's {@code UPDATE} (PostgreSQL re-reads the latest committed
 * position after waiting). Within one JVM, a lock per pool held until the transaction
 * completes: H2 can lose one of two concurrent increments of the same row, and an H2 file
 * database only ever has one JVM.
 */
@Component
class RoundRobinTurns {

	/** The cursor row every assignment locks first. */
	private static final String ALL_POOLS = "*";

	private final RoundRobinCursorRepository cursors;

	private final TransactionTemplate separateTransaction;

	private final ConcurrentMap<String, ReentrantLock> pools = new ConcurrentHashMap<>();

	RoundRobinTurns(RoundRobinCursorRepository cursors, PlatformTransactionManager transactionManager) {
		this.cursors = cursors;
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The pool's next turn; no other assignment gets a turn of the pool until this
	 * transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	long next(String pool) {
		holdUntilTransactionEnds(this.pools.computeIfAbsent(pool, (name) -> new ReentrantLock(true)));
		if (this.cursors.advance(pool) == 0) {
			createIfAbsent(pool);
			this.cursors.advance(pool);
		}
		return this.cursors.position(pool) - 1;
	}

	/**
	 * Serialises assignments across all pools until this transaction ends, on every node:
	 * a consultant in several pools is counted once, so capacity and load hold.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void holdAll() {
		next(ALL_POOLS);
	}

	/** The pool's next turn without taking it: for dry-runs. */
	@Transactional(readOnly = true)
	long peek(String pool) {
		return this.cursors.findById(pool).map((cursor) -> this.cursors.position(pool)).orElse(0L);
	}

	private static void holdUntilTransactionEnds(ReentrantLock lock) {
		lock.lock();
		try {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					lock.unlock();
				}
			});
		}
		catch (RuntimeException ex) {
			lock.unlock();
			throw ex;
		}
	}

	private void createIfAbsent(String pool) {
		try {
			this.separateTransaction
				.executeWithoutResult((status) -> this.cursors.saveAndFlush(new RoundRobinCursor(pool)));
		}
		catch (DataIntegrityViolationException ex) {
			// Another node created the pool's row first; advancing it is all that is left
			// to do.
		}
	}

}
