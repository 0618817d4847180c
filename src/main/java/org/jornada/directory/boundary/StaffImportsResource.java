package org.jornada.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.directory.control.ImportKind;
import org.jornada.directory.control.ImportReport;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * Imports a DOL file into the directory (ADMIN or SUPERVISOR):
 * {@code POST /api/v1/staff/imports/{H2A_DISCLOSURE|H2B_DISCLOSURE|WHD|DEBARMENT}?fileName=&fiscalYear=}
 * with the file as the body (CSV or .xlsx). Answers the import report. The command line way:
 * {@code curl --data-binary @file -H 'Authorization: Bearer ...' URL} (docs/directory.md).
 */
@Path("staff/imports")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class StaffImportsResource {

    @Inject
    ImportDirectoryFile importFile;

    @Inject
    CurrentStaff current;


    @Context
    HttpHeaders headers;

    @POST
    @Path("{kind}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import an OFLC disclosure file, the WHD file or the debarment list (CSV or .xlsx body)")
    public Response run(@PathParam("kind") String kind, @QueryParam("fileName") String fileName,
            @QueryParam("fiscalYear") Integer fiscalYear, InputStream body) {
        Locale locale = SupportedLocales.preferred(headers.getAcceptableLanguages());
        Optional<ImportKind> known = Arrays.stream(ImportKind.values()).filter(k -> k.name().equalsIgnoreCase(kind))
                .findFirst();
        if (known.isEmpty()) {
            return Problems.response(404, locale, "imports.kindUnknown");
        }
        // a refusal is an exception the API maps (400 naming the fields, 403 saying why)
        ImportReport report = importFile.run(current.get(), new ImportDirectoryFile.Input(known.get(), fileName, fiscalYear),
                body);
        return ApiBodies.ok(Report.of(report));
    }

    /** The import report as the API answers it. */
    public record Report(ImportKind kind, long rows, java.util.Map<String, Long> counts,
            java.util.Map<String, Long> skipped, long skippedTotal, java.util.List<String> skippedExamples,
            boolean changedNothing, long millis) {

        static Report of(ImportReport report) {
            return new Report(report.kind(), report.rows(), report.counts(), report.skipped(), report.skippedTotal(),
                    report.examples(), report.changedNothing(), report.millis());
        }
    }
}
