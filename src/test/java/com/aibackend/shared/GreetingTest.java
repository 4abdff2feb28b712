package com.aibackend.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A customer is greeted by name only when it is shaped like a person's name. */
class GreetingTest {

	@ParameterizedTest
	@ValueSource(strings = { "Jane", "Sheena Nelson", "Jonas Weber", "Anne-Marie O'Brien", "J. R. Tolkien", "Rina",
			"Ayu Lestari Putri", "Zoë Müller" })
	void aPersonsNameIsGreeted(String name) {
		assertThat(Greeting.after(name)).isEqualTo(", " + name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "IT Support", "Mama Shop 🌸", "PT Maju Bersama", "+49 151 2345678", "admin", "👍",
			"JOHN SMITH", "Toko Kue Manis Cabang Dua Jakarta", " " })
	void aProfileNameThatIsNoPersonsIsNot(String name) {
		assertThat(Greeting.after(name)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void noNameNoGreeting() {
		assertThat(Greeting.after(null)).isEmpty();
	}

}
