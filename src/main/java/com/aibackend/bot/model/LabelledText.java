package com.aibackend.bot.model;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** One training or test example: a text and its label. */
public record LabelledText(String text, String label) {

	/**
	 * Reads a labelled CSV (RFC 4180, header row, quoted fields may span lines); rows
	 * without a label are skipped.
	 */
	public static List<LabelledText> readCsv(Reader reader, String source, String textColumn, String labelColumn)
			throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			for (String column : List.of(textColumn, labelColumn)) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new IllegalArgumentException(
							"%s has no column '%s' (columns: %s)".formatted(source, column, parser.getHeaderNames()));
				}
			}
			List<LabelledText> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				String label = record.get(labelColumn);
				if (label != null && !label.isBlank()) {
					rows.add(new LabelledText(record.get(textColumn), label.strip()));
				}
			}
			return rows;
		}
	}

}
