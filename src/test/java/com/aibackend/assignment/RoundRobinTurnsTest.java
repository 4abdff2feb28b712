package com.aibackend.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;

import com.aibackend.ProcessTestConfiguration;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Turns handed out by many transactions at once are each handed out exactly once. */
@ProcessTestConfiguration
class RoundRobinTurnsTest {

	@Autowired
	RoundRobinTurns turns;

	@Autowired
	TransactionTemplate transaction;

	// Repeated: a lost update shows only under some interleavings.
	@RepeatedTest(3)
	void concurrentTransactionsNeverShareATurn() throws Exception {
		String pool = "pool-" + UUID.randomUUID();
		int threads = 8;
		int perThread = 40;
		ConcurrentLinkedQueue<Long> taken = new ConcurrentLinkedQueue<>();
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			work.add(executor.submit(() -> {
				go.await();
				for (int i = 0; i < perThread; i++) {
					taken.add(this.transaction.execute((status) -> {
						long turn = this.turns.next(pool);
						// Hold the turn a moment, as an assignment does while its ticket
						// is created.
						LockSupport.parkNanos(2_000_000);
						return turn;
					}));
				}
				return null;
			}));
		}
		go.countDown();
		for (Future<?> future : work) {
			future.get();
		}
		executor.shutdown();

		assertThat(taken)
			.containsExactlyInAnyOrderElementsOf(LongStream.range(0, threads * perThread).boxed().toList());
	}

}
