package org.jornada.rights.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.CachedJsonProvider;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * {@code GET /api/v1/staff/cases/{id}/wage-checks}: the wage checks the worker attached to a case,
 * for staff who may work it: what was entered, the answer kept, and the same lines the case page
 * and the referral packet show, in the caller's language. Audited as a view of the case.
 */
@Path("staff/cases/{id}/wage-checks")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class CaseWageChecksResource {

    @Inject
    CaseAccess access;

    @Inject
    CurrentStaff current;

    @Inject
    WageCalculations calculations;

    @Inject
    AuditTrail audit;

    @Context
    HttpHeaders headers;

    @GET
    @jakarta.transaction.Transactional(dontRollbackOn = org.jornada.platform.control.PermissionDeniedException.class)
    @Operation(summary = "The wage checks the worker attached to this case, with their inputs, answers and tables")
    public Response list(@PathParam("id") long id) {
        Locale locale = SupportedLocales.preferred(headers.getAcceptableLanguages());
        var who = current.get();
        if (access.workable(who, id, "wage-checks").isEmpty()) {
            return Problems.response(404, locale, "staff.caseNotFound");
        }
        audit.record(who, AuditTrail.CASE_VIEWED, id, "wage checks");
        JsonArrayBuilder items = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (WageCalculations.Kept k : calculations.of(id)) {
            items.add(CachedJsonProvider.PROVIDER.createObjectBuilder().add("id", k.id()).add("attachedAt", k.attachedAt().toString())
                    .add("via", k.via().name()).add("totalShortfall", k.totalShortfall()).add("totalOwed", k.totalOwed())
                    .add("calculation", k.question()).add("answer", k.answer())
                    .add("lines", CachedJsonProvider.PROVIDER.createArrayBuilder(WageCalculationText.lines(k, locale))));
        }
        return Response.ok(CachedJsonProvider.PROVIDER.createObjectBuilder().add("items", items).build())
                .type(MediaType.APPLICATION_JSON).build();
    }
}
