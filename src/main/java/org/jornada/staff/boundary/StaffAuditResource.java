package org.jornada.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.jornada.platform.boundary.ApiBodies;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/staff/audit?caseId=}: the audit trail, for SUPERVISOR and ADMIN only. */
@Path("staff/audit")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class StaffAuditResource {

    /** An audit entry as the API shows it. */
    public record Item(Instant at, String actor, String action, Long caseId, String detail) {
    }

    public record Items(List<Item> items) {
    }

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
            throw audit.refused(current.get(), caseId, "audit", "staff.forbidden");
        }
        List<Item> items = audit.entries(caseId, Math.min(1000, Math.max(1, limit))).stream()
                .map(e -> new Item(e.getAt(), e.getActor(), e.getAction(), e.getCaseId(), e.getDetail())).toList();
        audit.record(current.get(), AuditTrail.AUDIT_READ, caseId, null);
        return ApiBodies.ok(new Items(items));
    }
}
