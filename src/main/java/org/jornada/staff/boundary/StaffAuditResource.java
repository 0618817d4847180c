package org.jornada.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.Jsons;
import org.jornada.platform.control.Languages;
import org.jornada.staff.entity.AuditEntry;

/** {@code GET /api/v1/staff/audit?caseId=}: the audit trail, for SUPERVISOR and ADMIN only. */
@Path("staff/audit")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class StaffAuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff current;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Audit entries, newest first, optionally of one case")
    public Response entries(@QueryParam("caseId") Long caseId, @QueryParam("limit") @DefaultValue("200") int limit) {
        if (!current.get().readsAudit()) {
            audit.record(current.get(), AuditTrail.ACCESS_DENIED, caseId, "audit");
            return Problems.response(403, Languages.preferred(headers.getAcceptableLanguages()), "staff.forbidden");
        }
        JsonArrayBuilder items = Jsons.PROVIDER.createArrayBuilder();
        for (AuditEntry entry : audit.entries(caseId, Math.min(1000, Math.max(1, limit)))) {
            JsonObjectBuilder item = Jsons.PROVIDER.createObjectBuilder()
                    .add("at", entry.getAt().toString())
                    .add("actor", entry.getActor())
                    .add("action", entry.getAction());
            if (entry.getCaseId() == null) {
                item.addNull("caseId");
            } else {
                item.add("caseId", entry.getCaseId());
            }
            if (entry.getDetail() == null) {
                item.addNull("detail");
            } else {
                item.add("detail", entry.getDetail());
            }
            items.add(item);
        }
        audit.record(current.get(), AuditTrail.AUDIT_READ, caseId, null);
        return Response.ok(Jsons.PROVIDER.createObjectBuilder().add("items", items).build().toString(),
                MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
