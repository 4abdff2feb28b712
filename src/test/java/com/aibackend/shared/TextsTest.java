package com.aibackend.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

	@Test
	void aLongTextIsCutAtAWordBoundaryOnOneLine() {
		assertThat(Texts.shortened("Der Drucker im 2. Stock\ndruckt seit heute Morgen nur noch leere Seiten", 30))
			.isEqualTo("Der Drucker im 2. Stock druckt…");
		assertThat(Texts.shortened("  short  text ", 30)).isEqualTo("short text");
	}

	@Test
	void searchPatternsMatchLiterally() {
		assertThat(Texts.containing(" 50%_Off\\ ")).isEqualTo("%50\\%\\_off\\\\%");
	}

}
