package com.aibackend;

import java.io.File;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for browser tests, where it and its driver are installed (CI installs
 * them; the build needs neither).
 */
public final class Chromium {

	private Chromium() {
	}

	/** A way to start Chromium, if it is installed. */
	public static Optional<Supplier<WebDriver>> installed() {
		Optional<File> driver = onPath("chromedriver");
		Optional<File> browser = onPath("chromium").or(() -> onPath("chromium-browser"));
		if (driver.isEmpty() || browser.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(() -> new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.get()).build(),
					new ChromeOptions().setBinary(browser.get())
						// A window large enough that pages show what they show people.
						.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
								"--window-size=1400,1000")));
	}

	private static Optional<File> onPath(String command) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map((directory) -> new File(directory, command))
			.filter(File::canExecute)
			.findFirst();
	}

}
