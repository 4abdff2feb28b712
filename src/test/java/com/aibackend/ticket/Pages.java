package com.aibackend.ticket;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What the browser tests read on a page. */
final class Pages {

	private Pages() {
	}

	/** The timeline's row that contains {@code text}, or an empty string. */
	static String rowOf(WebDriver driver, String text) {
		return driver.findElements(By.cssSelector("#timeline tbody tr"))
			.stream()
			.map(WebElement::getText)
			.filter((row) -> row.contains(text))
			.findFirst()
			.orElse("");
	}

	/** The first element matching {@code selector} that is shown. */
	static WebElement visible(WebDriver driver, String selector) {
		return driver.findElements(By.cssSelector(selector))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow();
	}

}
