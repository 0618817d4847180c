package org.jornada.rights.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.CachedJsonProvider;
import org.jornada.platform.control.RefusedException;
import org.jornada.rights.control.WageRate;
import org.jornada.rights.control.WageTableCsv;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * The wage tables for staff: {@code GET /api/v1/staff/wage-tables} lists them (any staff role);
 * {@code POST /api/v1/staff/wage-tables?kind=&code=&name=&effectiveFrom=&source=&status=} with a
 * CSV body imports a newer one (ADMIN; {@link ImportWageTable}, docs/wage-check.md).
 */
@Path("staff/wage-tables")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class StaffWageTablesResource {

    @Inject
    ImportWageTable importTable;

    @Inject
    WageTables tables;

    @Inject
    CurrentStaff current;

    @GET
    @Operation(summary = "The wage tables: code, name, kind, rule version, in force from, rows, imported at and by")
    public Response list() {
        current.get();
        JsonArrayBuilder items = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (WageTables.Listed t : tables.list()) {
            JsonObjectBuilder o = CachedJsonProvider.PROVIDER.createObjectBuilder().add("code", t.code()).add("name", t.name())
                    .add("kind", t.kind()).add("ruleVersion", t.ruleVersion())
                    .add("effectiveFrom", t.effectiveFrom().toString()).add("rows", t.rows()).add("source", t.source());
            if (t.importedAt() != null) {
                o.add("importedAt", t.importedAt()).add("importedBy", String.valueOf(t.importedBy()));
            }
            items.add(o);
        }
        return Response.ok(CachedJsonProvider.PROVIDER.createObjectBuilder().add("items", items).build())
                .type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a newer wage table DOL published, as CSV (a state column and a rate column); ADMIN")
    public Response importTable(@QueryParam("kind") String kind, @QueryParam("code") String code,
            @QueryParam("name") String name, @QueryParam("effectiveFrom") String effectiveFrom,
            @QueryParam("source") String source, @QueryParam("status") String status, InputStream body)
            throws IOException {
        byte[] csv = body == null ? new byte[0] : body.readNBytes(WageTableCsv.MAX_BYTES + 1);
        ImportWageTable.Imported done = importTable.run(current.get(), new ImportWageTable.Input(
                parse(WageRate.Kind.class, kind), code, name, date(effectiveFrom), source,
                status == null || status.isBlank() ? WageRate.Status.DIRECT : parse(WageRate.Status.class, status)), csv);
        return Response.status(201).type(MediaType.APPLICATION_JSON).entity(CachedJsonProvider.PROVIDER.createObjectBuilder()
                .add("code", done.code()).add("rows", done.rows()).build()).build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new RefusedException(type == WageRate.Kind.class ? "kind" : "status",
                        type == WageRate.Kind.class ? "wagetable.error.kind" : "wagetable.error.status"));
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RefusedException("effectiveFrom", "wagetable.error.effective");
        }
    }
}
