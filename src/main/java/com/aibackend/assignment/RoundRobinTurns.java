package com.aibackend.assignment;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out round-robin turns from the database, so the order survives restarts and is
 * shared by every application node on the same database.
 */
@Component
class RoundRobinTurns {

	private final RoundRobinCursorRepository cursors;

	private final TransactionTemplate separateTransaction;

	RoundRobinTurns(RoundRobinCursorRepository cursors, PlatformTransactionManager transactionManager) {
		this.cursors = cursors;
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The pool's next turn; the row stays locked until the caller's transaction ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	long next(String pool) {
		if (this.cursors.advance(pool) == 0) {
			createIfAbsent(pool);
			this.cursors.advance(pool);
		}
		return this.cursors.position(pool) - 1;
	}

	private void createIfAbsent(String pool) {
		try {
			this.separateTransaction
				.executeWithoutResult((status) -> this.cursors.saveAndFlush(new RoundRobinCursor(pool)));
		}
		catch (DataIntegrityViolationException ex) {
			// Another assignment created the pool's row first; locking it is all that is
			// left to do.
		}
	}

}
