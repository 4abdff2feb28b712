package com.aibackend.bot.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.aibackend.catalogue.ServiceCatalogue;
import com.aibackend.catalogue.ServiceCatalogue.Service;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The services a message names by the catalogue's words, as customers write them. */
class CatalogueTermsTest {

	static final ServiceCatalogue CATALOGUE = new ServiceCatalogue(
			List.of(new Service("NETWORK", "Network", List.of("vpn", "netzwerk", "ip-adresse", "jaringan")),
					new Service("ACCOUNT", "Accounts", List.of("account", "akun", "konto")),
					new Service("SOFTWARE", "Software", List.of("licence", "lizenz", "software", "install")),
					new Service("HARDWARE", "Hardware", List.of("printer", "drucker"))));

	final CatalogueTerms terms = new CatalogueTerms(CATALOGUE, Set.of("s", "es", "ed", "en", "nya"));

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "We need two more Acrobat licences|SOFTWARE", "Wir brauchen drei Lizenzen|SOFTWARE",
					"Akunnya terkunci|ACCOUNT", "I need Visio installed on my laptop|SOFTWARE",
					"Die Netzwerkdose in Büro 214 ist tot|NETWORK", "Die Buchhaltungssoftware startet nicht|SOFTWARE",
					"Mein PC bekommt keine IP-Adresse|NETWORK", "Ein Benutzerkonto für die neue Kollegin|ACCOUNT",
					"The accounting team has a question|-", "VPN drops|NETWORK", "The printing is slow|-",
					"vpnx is a word|-" })
	void aMessageNamesAServiceAsWrittenWithAnEndingOrInACompound(String text, String service) {
		assertThat(this.terms.servicesNamedIn(text)).isEqualTo((service != null) ? Set.of(service) : Set.of());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "The printer cannot reach the VPN|NETWORK,HARDWARE" })
	void aMessageMayNameSeveral(String text, String services) {
		assertThat(this.terms.servicesNamedIn(text)).containsExactlyInAnyOrder(services.split(","));
	}

	@ParameterizedTest
	@CsvSource({ "printers, true", "Druckers, true", "akunnya, true", "vpn, true", "accounting, false",
			"print, false" })
	void aWordNamesAServiceWithItsEnding(String word, boolean names) {
		assertThat(this.terms.namesAService(word)).isEqualTo(names);
	}

}
