package org.jornada.pattern.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import org.jornada.pattern.control.PatternTable;
import org.jornada.pattern.control.TableFiles;

/** A table as the file a browser or a script downloads, written to the response as it is made: its type and name. */
final class TableDownload {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableDownload() {
    }

    static void write(PatternTable table, String format, OutputStream out) throws IOException {
        if ("xlsx".equals(format)) {
            TableFiles.xlsx(table, out);
        } else {
            TableFiles.csv(table, out);
        }
        out.flush();
    }

    static String type(String format) {
        return "xlsx".equals(format) ? XLSX : "text/csv; charset=UTF-8";
    }

    static Response response(PatternTable table, String format, String name) {
        StreamingOutput body = out -> write(table, format, out);
        return Response.ok(body, type(format))
                .header("Content-Disposition", "attachment; filename=\"jornada-" + name + "." + format + "\"").build();
    }
}
