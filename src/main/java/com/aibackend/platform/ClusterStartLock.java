package com.aibackend.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;

import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Nodes of a cluster start one after another on a shared PostgreSQL: a node holds an
 * advisory lock from before its process engine is built (which creates or checks
 * Camunda's tables) until it is ready (start-up data created), so two nodes started at
 * once on an empty database do not both create the engine's schema. H2 serves one node
 * and needs no lock.
 */
@Configuration(proxyBeanMethods = false)
class ClusterStartLock {

	private static final Logger log = LoggerFactory.getLogger(ClusterStartLock.class);

	static final String BEAN = "clusterStartLockHeld";

	/** An arbitrary key for {@code pg_advisory_lock}, the same on every node. */
	private static final long KEY = 4_712_024_117L;

	@Bean(BEAN)
	Held clusterStartLock(DataSource dataSource) throws SQLException {
		Connection connection = dataSource.getConnection();
		if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			connection.close();
			return new Held(null);
		}
		long start = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_lock(" + KEY + ")");
		}
		long waited = (System.nanoTime() - start) / 1_000_000;
		if (waited > 1000) {
			log.info("Waited {} ms for another node to finish starting", waited);
		}
		return new Held(connection);
	}

	/** The process engine is built only once this node holds the lock. */
	@Bean
	static BeanFactoryPostProcessor engineAfterClusterStartLock() {
		return (beanFactory) -> engineBeans(beanFactory).forEach((name) -> {
			BeanDefinition definition = beanFactory.getBeanDefinition(name);
			Set<String> dependsOn = new LinkedHashSet<>(
					(definition.getDependsOn() != null) ? Arrays.asList(definition.getDependsOn()) : Set.of());
			dependsOn.add(BEAN);
			definition.setDependsOn(dependsOn.toArray(String[]::new));
		});
	}

	private static Set<String> engineBeans(ConfigurableListableBeanFactory beanFactory) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false)) {
			String plain = name.startsWith("&") ? name.substring(1) : name;
			if (beanFactory.containsBeanDefinition(plain)) {
				names.add(plain);
			}
		}
		return names;
	}

	/** The lock's connection; released when the node is ready, or when it stops. */
	static final class Held implements DisposableBean {

		private Connection connection;

		Held(Connection connection) {
			this.connection = connection;
		}

		/** After the listeners that create start-up data (ordered 0 to 2) have run. */
		@EventListener(ApplicationReadyEvent.class)
		@Order(Ordered.LOWEST_PRECEDENCE)
		public synchronized void release() {
			if (this.connection == null) {
				return;
			}
			try (Connection held = this.connection) {
				try (Statement statement = held.createStatement()) {
					statement.execute("select pg_advisory_unlock(" + KEY + ")");
				}
			}
			catch (SQLException ex) {
				// Closing the connection ends the session, which frees the lock too.
				log.debug("Releasing the cluster start lock: {}", ex.getMessage());
			}
			this.connection = null;
		}

		@Override
		public void destroy() {
			release();
		}

	}

}
