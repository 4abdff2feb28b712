package com.aibackend;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every SQL statement the application runs with the thread that ran it, so a test
 * can see what one request did to the database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementLog {

	private static final List<Statement> statements = new CopyOnWriteArrayList<>();

	@Bean
	static BeanPostProcessor recordingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.afterQuery((execution,
								queries) -> queries.forEach((query) -> statements
									.add(new Statement(Thread.currentThread().getName(), query.getQuery()))))
						.build();
				}
				return bean;
			}
		};
	}

	static void clear() {
		statements.clear();
	}

	/** What threads whose name starts with {@code prefix} ran since {@link #clear()}. */
	static List<String> ranBy(String prefix) {
		return statements.stream()
			.filter((statement) -> statement.thread().startsWith(prefix))
			.map(Statement::sql)
			.toList();
	}

	record Statement(String thread, String sql) {
	}

}
