package org.jornada.pattern.boundary;

import jakarta.ws.rs.core.Response;
import org.jornada.pattern.control.PatternTable;
import org.jornada.pattern.control.TableFiles;

/** A table as the file a browser or a script downloads: its bytes, type and name. */
final class PatternDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private PatternDownloads() {
    }

    static byte[] bytes(PatternTable table, String format) {
        return "xlsx".equals(format) ? TableFiles.xlsx(table) : TableFiles.csv(table);
    }

    static String type(String format) {
        return "xlsx".equals(format) ? XLSX : "text/csv; charset=UTF-8";
    }

    static Response response(PatternTable table, String format, String name) {
        return Response.ok(bytes(table, format), type(format))
                .header("Content-Disposition", "attachment; filename=\"jornada-" + name + "." + format + "\"").build();
    }
}
