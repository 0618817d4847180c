package org.jornada.directory.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file with a header row (UTF-8; a byte order mark is ignored), streamed. */
final class CsvRows implements TableRows {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;
    private final List<String> keys = new ArrayList<>();

    CsvRows(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                .setAllowDuplicateHeaderNames(true).setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
        headers = List.copyOf(parser.getHeaderNames());
        headers.forEach(h -> keys.add(TableRows.header(h)));
        records = parser.iterator();
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = records.next();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < Math.min(keys.size(), record.size()); i++) {
            values.putIfAbsent(keys.get(i), record.get(i));
        }
        return new Row(record.getRecordNumber() + 1, values);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
