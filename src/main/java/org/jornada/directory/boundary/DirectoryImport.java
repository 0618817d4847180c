package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jornada.directory.control.ImportKind;
import org.jornada.directory.control.ImportReport;
import org.jornada.directory.control.ParsedRow;
import org.jornada.directory.control.RecruiterListColumns;
import org.jornada.directory.control.TableRows;

/**
 * Imports a DOL file into the directory: streams its rows (CSV or .xlsx), reads each into what
 * the directory keeps, and writes them in batches of {@value #BATCH} rows, one transaction each
 * (memory stays bounded: a row is gone once its batch is written). Rows that cannot be read are
 * skipped and counted with the reason. Then the search index is rebuilt.
 */
@ApplicationScoped
public class DirectoryImport {

    private static final Logger LOG = Logger.getLogger(DirectoryImport.class.getName());
    static final int BATCH = 500;
    private static final Pattern FISCAL_YEAR = Pattern.compile("FY[ _-]?(\\d{4})", Pattern.CASE_INSENSITIVE);

    @Inject
    DirectoryWriter writer;

    @Inject
    DirectoryIndex index;

    /** A file the importer cannot take at all (not a table, or a required column missing). */
    public static final class ImportRefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String column;

        ImportRefusedException(String message, String column) {
            super(message, null, false, false);
            this.column = column;
        }

        /** The missing column, or null when the file is not a readable table. */
        public String column() {
            return column;
        }
    }

    /** The fiscal year a disclosure file's name carries ("H-2A_Disclosure_Data_FY2022_Q4.xlsx": 2022). */
    static Integer fiscalYear(String fileName) {
        if (fileName == null) {
            return null;
        }
        Matcher m = FISCAL_YEAR.matcher(fileName);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    public ImportReport run(ImportKind kind, String fileName, Integer fiscalYear, InputStream in) throws ImportRefusedException {
        long started = System.nanoTime();
        ImportReport report = new ImportReport(kind);
        Integer year = fiscalYear != null ? fiscalYear : fiscalYear(fileName);
        NameBook book = writer.book();
        List<ParsedRow> batch = new ArrayList<>(BATCH);
        try (TableRows rows = TableRows.open(in, headers -> kind.missing(headers).isEmpty())) {
            Optional<String> missing = kind.missing(rows.headers());
            if (missing.isPresent()) {
                throw new ImportRefusedException("missing column " + missing.get(), missing.get());
            }
            RecruiterListColumns listColumns = kind == ImportKind.RECRUITER_LIST
                    ? RecruiterListColumns.detect(rows.headers()) : null;
            while (rows.hasNext()) {
                TableRows.Row row = rows.next();
                report.row();
                try {
                    batch.add(ParsedRow.parse(kind, row, year, listColumns));
                } catch (ParsedRow.UnreadableRowException unreadable) {
                    report.skip(row.number(), unreadable.getMessage());
                }
                if (batch.size() == BATCH) {
                    write(batch, book, report);
                }
            }
            write(batch, book, report);
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            if (report.rows() == 0) {
                throw new ImportRefusedException("not a CSV or .xlsx table", null);
            }
            report.skip(report.rows() + 1, "the file stops being readable here; the rest was not imported");
        }
        index.changed();
        report.took((System.nanoTime() - started) / 1_000_000);
        LOG.info(() -> "Imported " + kind + ": " + report.rows() + " rows, " + report.counts() + ", skipped "
                + report.skippedTotal() + " in " + report.millis() + " ms");
        return report;
    }

    private void write(List<ParsedRow> batch, NameBook book, ImportReport report) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            writer.write(batch, book, report);
            book.keep();
        } catch (RuntimeException failed) {
            // The batch rolled back: the entries it created are gone, so forget them.
            book.forget();
            batch.forEach(row -> report.skip(row.number(), "not stored: its batch failed to write"));
            // Import rows are public DOL data, never worker data: the database's own words may be logged.
            Throwable root = failed;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String reason = root.getMessage();
            LOG.warning(() -> "directory import batch failed: " + reason + "\n"
                    + org.jornada.platform.control.SafeLog.describe(failed));
        }
        batch.clear();
    }
}
