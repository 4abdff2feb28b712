package com.aibackend.benchmark;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * What Camunda 7 does alone on the same kind of database and history level: a minimal
 * process (start → service task → user task), started through the Java API from a number
 * of threads. The application's ticket rate is compared with this.
 */
final class BareEngineBaseline {

	private BareEngineBaseline() {
	}

	/**
	 * @return process instances started per second
	 */
	static double measure(DataSource dataSource, String historyLevel, int instances, int threads)
			throws InterruptedException {
		ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
			.setProcessEngineName("baseline")
			.setDataSource(dataSource)
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.setHistory(historyLevel)
			.setJobExecutorActivate(false)
			.buildProcessEngine();
		try {
			BpmnModelInstance model = Bpmn.createExecutableProcess("baseline")
				.camundaHistoryTimeToLive(1)
				.startEvent()
				.serviceTask()
				.camundaExpression("${true}")
				.userTask()
				.endEvent()
				.done();
			engine.getRepositoryService().createDeployment().addModelInstance("baseline.bpmn", model).deploy();
			// Warm-up, as the application had before it was measured.
			run(engine, Math.max(50, instances / 10), threads);
			long start = System.nanoTime();
			run(engine, instances, threads);
			return instances / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			engine.close();
		}
	}

	private static void run(ProcessEngine engine, int instances, int threads) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (int t = 0; t < threads; t++) {
			pool.execute(() -> {
				while (next.getAndIncrement() < instances) {
					engine.getRuntimeService().startProcessInstanceByKey("baseline");
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.HOURS);
	}

}
