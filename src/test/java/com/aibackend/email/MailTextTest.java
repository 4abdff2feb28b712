package com.aibackend.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTextTest {

	@Test
	void htmlBecomesTextWithItsLineBreaks() {
		String text = MailText.fromHtml("""
				<html><head><style>p{color:red}</style></head><body>
				<p>Hello&nbsp;team,</p><p>the <b>printer</b> on floor 3 jams.<br>Every page.</p>
				<ul><li>Model: HP 400</li><li>Since: Monday</li></ul></body></html>""");
		assertThat(text)
			.isEqualTo("Hello team,\n\nthe printer on floor 3 jams.\nEvery page.\n\nModel: HP 400\n\nSince: Monday");
	}

	@Test
	void quotedHistoryAndSignatureNoiseAreLeftOutButTheSignatureStays() {
		String body = """
				Sorry. I'm John Doe from Northwind Traders. The invoice run fails.

				--\s
				John Doe
				Northwind Traders, +43 1 234 5678
				Sent from my iPhone
				This e-mail is confidential and intended for the addressee only.

				On Fri, 20 Nov 2026 at 10:02, Support <support@ai-backend.example> wrote:
				> Thank you for your message. We still need your name.
				""";
		assertThat(MailText.relevantPart(body))
			.isEqualTo("Sorry. I'm John Doe from Northwind Traders. The invoice run fails.\n\nJohn Doe\n"
					+ "Northwind Traders, +43 1 234 5678");
	}

	@Test
	void germanAndIndonesianRepliesAndOutlookHeadersEndTheNewPart() {
		assertThat(MailText.relevantPart("Danke, erledigt.\nAm 20.11.2026 um 10:02 schrieb Support <s@x.de>:\n> alt"))
			.isEqualTo("Danke, erledigt.");
		assertThat(MailText.relevantPart("Baik, terima kasih.\nPada 20 Nov 2026, Support <s@x.id> menulis:\n> lama"))
			.isEqualTo("Baik, terima kasih.");
		assertThat(MailText.relevantPart(
				"Here are the details.\n\nFrom: Support <support@ai-backend.example>\nSent: Friday\nSubject: problem"))
			.isEqualTo("Here are the details.");
	}

	@Test
	void aMessageThatIsOnlyQuotedIsKeptWhole() {
		assertThat(MailText.relevantPart("> just a forward")).isEqualTo("> just a forward");
	}

}
