package com.aibackend.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * A stopping application lets the process steps that are running finish before the
 * database connections close (otherwise a step fails halfway and is retried after the
 * restart, logging errors on the way down). Steps not yet started stay in the database
 * for the next start or another node.
 */
@Component
class JobExecutorShutdown implements BeanPostProcessor {

	/** The thread pool that Camunda's job executor runs steps on. */
	private static final String CAMUNDA_TASK_EXECUTOR = "camundaTaskExecutor";

	private static final int WAIT_SECONDS = 30;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (CAMUNDA_TASK_EXECUTOR.equals(beanName) && bean instanceof ThreadPoolTaskExecutor executor) {
			executor.setWaitForTasksToCompleteOnShutdown(true);
			executor.setAwaitTerminationSeconds(WAIT_SECONDS);
		}
		return bean;
	}

}
