package org.jornada.directory.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first sheet of an .xlsx workbook, streamed with StAX: the shared strings are read once,
 * then the sheet row by row (a year's disclosure file is tens of thousands of rows; no DOM, no
 * whole-sheet model). Numbers come as written in the file: dates stay Excel serial numbers, which
 * {@link Cells#date} understands. External entities are off.
 */
final class XlsxRows implements TableRows {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final Path copy;
    private final ZipFile zip;
    private final InputStream sheetStream;
    private final XMLStreamReader sheet;
    private final List<String> shared = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private Row pending;

    XlsxRows(InputStream in) throws IOException {
        copy = Files.createTempFile("jornada-import", ".xlsx");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            zip = new ZipFile(copy.toFile());
            readSharedStrings();
            ZipEntry first = firstSheet();
            sheetStream = zip.getInputStream(first);
            sheet = XML.createXMLStreamReader(sheetStream, "UTF-8");
            List<String> headerRow = readRow();
            if (headerRow == null) {
                throw new IOException("The workbook's first sheet is empty");
            }
            for (String h : headerRow) {
                headers.add(h == null ? "" : h);
                keys.add(TableRows.header(h));
            }
        } catch (XMLStreamException e) {
            Files.deleteIfExists(copy);
            throw new IOException("Not a readable .xlsx workbook", e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    private ZipEntry firstSheet() throws IOException {
        ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
        if (entry == null) {
            entry = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet")).findFirst()
                    .orElseThrow(() -> new IOException("The workbook has no sheet"));
        }
        return entry;
    }

    private void readSharedStrings() throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
        if (entry == null) {
            return;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader reader = XML.createXMLStreamReader(in, "UTF-8");
            StringBuilder text = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && "si".equals(reader.getLocalName())) {
                    text = new StringBuilder();
                } else if (event == XMLStreamConstants.START_ELEMENT && "t".equals(reader.getLocalName()) && text != null) {
                    text.append(reader.getElementText());
                } else if (event == XMLStreamConstants.END_ELEMENT && "si".equals(reader.getLocalName()) && text != null) {
                    shared.add(text.toString());
                    text = null;
                }
            }
            reader.close();
        }
    }

    /** The next row's cell values by column position, or null at the end of the sheet. */
    private List<String> readRow() throws XMLStreamException {
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT && "row".equals(sheet.getLocalName())) {
                return readCells();
            }
        }
        return null;
    }

    private List<String> readCells() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        String ref = null;
        String type = null;
        String value = null;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "c" -> {
                        ref = sheet.getAttributeValue(null, "r");
                        type = sheet.getAttributeValue(null, "t");
                        value = null;
                    }
                    case "v" -> value = sheet.getElementText();
                    case "t" -> value = (value == null ? "" : value) + sheet.getElementText();
                    default -> {
                        // formulas, inline string wrappers: the value or text child is what counts
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("c".equals(sheet.getLocalName())) {
                    int column = ref == null ? cells.size() : column(ref);
                    while (cells.size() < column) {
                        cells.add(null);
                    }
                    cells.add("s".equals(type) && value != null ? sharedString(value) : value);
                } else if ("row".equals(sheet.getLocalName())) {
                    return cells;
                }
            }
        }
        return cells;
    }

    private String sharedString(String index) {
        try {
            int i = Integer.parseInt(index.strip());
            return i >= 0 && i < shared.size() ? shared.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "C12" is column 2 (zero-based). */
    static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return Math.max(0, column - 1);
    }

    @Override
    public List<String> headers() {
        return List.copyOf(headers);
    }

    private long rowNumber = 1;

    @Override
    public boolean hasNext() {
        if (pending != null) {
            return true;
        }
        try {
            List<String> cells;
            do {
                cells = readRow();
                rowNumber++;
            } while (cells != null && cells.stream().allMatch(c -> c == null || c.isBlank()));
            if (cells == null) {
                return false;
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < Math.min(keys.size(), cells.size()); i++) {
                if (cells.get(i) != null) {
                    values.putIfAbsent(keys.get(i), cells.get(i));
                }
            }
            pending = new Row(rowNumber, values);
            return true;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The sheet stops being readable near row " + rowNumber, e);
        }
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = pending;
        pending = null;
        return row;
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        } catch (XMLStreamException e) {
            // closing anyway
        }
        sheetStream.close();
        zip.close();
        Files.deleteIfExists(copy);
    }
}
