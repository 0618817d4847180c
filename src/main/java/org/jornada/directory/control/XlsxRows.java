package org.jornada.directory.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The data sheet of an .xlsx workbook, read with fastexcel-reader (a maintained streaming reader:
 * shared and inline strings, rows streamed, never a whole-sheet model). The sheet is the first one
 * whose header row the caller recognizes (a workbook may open with a notes sheet), else the first
 * with a header; rows keep the numbers the file gives them; numbers come as written, so dates stay
 * Excel serial numbers, which {@link Cells#date} understands.
 *
 * <p>Limits, refused with an {@link IOException} before anything is parsed: the file over
 * {@link #MAX_FILE_BYTES}; a zip whose parts declare more than {@link #MAX_UNPACKED_BYTES} in all,
 * or one part that unpacks more than {@link #MAX_RATIO} times its packed size beyond 10 MB (a zip
 * bomb); and while reading, more than {@link #MAX_ROWS} rows.
 */
final class XlsxRows implements TableRows {

    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 2L * 1024 * 1024 * 1024;
    static final long MAX_RATIO = 100;
    static final int MAX_ROWS = 2_000_000;

    private final Path copy;
    private final ReadableWorkbook workbook;
    private final Stream<org.dhatim.fastexcel.reader.Row> stream;
    private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
    private final List<String> headers = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private Row pending;
    private long read;

    XlsxRows(InputStream in, Predicate<List<String>> wanted) throws IOException {
        copy = Files.createTempFile("jornada-import", ".xlsx");
        try {
            copyWithin(in, copy);
            refuseZipBombs(copy);
            workbook = new ReadableWorkbook(copy.toFile());
            Sheet sheet = chooseSheet(wanted);
            stream = sheet.openStream();
            rows = stream.iterator();
            List<String> headerRow = null;
            while (headerRow == null && rows.hasNext()) {
                headerRow = texts(rows.next());
            }
            if (headerRow == null) {
                throw new IOException("The workbook has no sheet with a header row");
            }
            for (String h : headerRow) {
                headers.add(h == null ? "" : h);
                keys.add(TableRows.header(h));
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e instanceof IOException io ? io : new IOException("Not a readable .xlsx workbook", e);
        }
    }

    private static void copyWithin(InputStream in, Path target) throws IOException {
        try (var out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[65536];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_FILE_BYTES) {
                    throw new IOException("The workbook is over " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static void refuseZipBombs(Path file) throws IOException {
        long unpacked = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size < 0) {
                    continue;
                }
                unpacked += size;
                if (unpacked > MAX_UNPACKED_BYTES
                        || (size > 10L * 1024 * 1024 && packed > 0 && size / packed > MAX_RATIO)) {
                    throw new IOException("The workbook unpacks to far more than it holds (a zip bomb?)");
                }
            }
        }
    }

    /** The first sheet whose header row the caller knows, else the first sheet with any header. */
    private Sheet chooseSheet(Predicate<List<String>> wanted) throws IOException {
        Sheet fallback = null;
        for (Sheet sheet : workbook.getSheets().toList()) {
            Optional<List<String>> header = firstRow(sheet);
            if (header.isEmpty()) {
                continue;
            }
            if (wanted.test(header.get())) {
                return sheet;
            }
            if (fallback == null) {
                fallback = sheet;
            }
        }
        if (fallback == null) {
            throw new IOException("The workbook has no sheet with a header row");
        }
        return fallback;
    }

    private static Optional<List<String>> firstRow(Sheet sheet) throws IOException {
        try (Stream<org.dhatim.fastexcel.reader.Row> rows = sheet.openStream()) {
            return rows.map(XlsxRows::texts).filter(java.util.Objects::nonNull).findFirst();
        }
    }

    /** A row's cells as text, by column; null when the row has no value at all. */
    private static List<String> texts(org.dhatim.fastexcel.reader.Row row) {
        List<String> values = new ArrayList<>(row.getCellCount());
        boolean any = false;
        for (int i = 0; i < row.getCellCount(); i++) {
            String value = row.getOptionalCell(i).map(XlsxRows::text).orElse(null);
            any |= value != null && !value.isBlank();
            values.add(value);
        }
        return any ? values : null;
    }

    private static String text(Cell cell) {
        CellType type = cell.getType();
        if (type == CellType.EMPTY) {
            return null;
        }
        return type == CellType.STRING ? cell.asString() : cell.getRawValue();
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public boolean hasNext() {
        try {
            return advance();
        } catch (UncheckedIOException tooLong) {
            throw tooLong;
        } catch (RuntimeException unreadable) {
            // the reader's own failures (broken XML in a part) end the import as "unreadable here"
            throw new IllegalStateException("The sheet stops being readable after row " + read, unreadable);
        }
    }

    private boolean advance() {
        while (pending == null && rows.hasNext()) {
            org.dhatim.fastexcel.reader.Row row = rows.next();
            if (++read > MAX_ROWS) {
                throw new UncheckedIOException(new IOException("The sheet is over " + MAX_ROWS + " rows"));
            }
            List<String> values = texts(row);
            if (values == null) {
                continue;
            }
            Map<String, String> byHeader = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                String value = i < values.size() ? values.get(i) : null;
                if (!keys.get(i).isEmpty() && value != null) {
                    byHeader.putIfAbsent(keys.get(i), value);
                }
            }
            pending = new Row(row.getRowNum(), byHeader);
        }
        return pending != null;
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
            stream.close();
            workbook.close();
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
