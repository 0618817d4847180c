package org.jornada.escalation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.casework.control.Deadline;
import org.jornada.complaint.entity.Category;
import org.jornada.escalation.control.AuthoritySuggestions;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * {@code GET /api/v1/staff/cases/{id}/authorities}: the authorities a case could be referred to,
 * nearest legal clock first, each with why ({@link AuthoritySuggestions}). Its own root path, so
 * that it never shadows the case API's other addresses.
 */
@Path("staff/cases/{id}/authorities")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class CaseAuthoritiesResource {

    /** A suggestion as the API shows it: the reason in the caller's language. */
    public record Item(long authorityId, String code, String name, String reason, LocalDate nearestDeadline,
            String clock, List<Category> matchedCategories, boolean verified) {
    }

    public record Items(List<Item> items) {
    }

    @Inject
    CaseReferralOptions options;

    @Inject
    ReferralPackets packets;

    @Inject
    CurrentStaff current;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Authorities for this case: those that take its categories, nearest legal clock first, with why")
    public Response suggestions(@PathParam("id") long id) {
        Locale locale = SupportedLocales.preferred(headers.getAcceptableLanguages());
        return options.suggestions(current.get(), id)
                .map(list -> ApiBodies.ok(new Items(list.stream().map(s -> new Item(s.authority().getId(),
                        s.authority().getCode(), s.authority().name(locale), CaseReferralOptions.reason(s, locale),
                        s.nearestClock().map(Deadline::dueOn).orElse(null),
                        s.nearestClock().map(Deadline::rule).orElse(null), s.matched().stream().toList(),
                        s.authority().isVerified())).toList())))
                .orElseGet(() -> Problems.response(404, locale, "staff.caseNotFound"));
    }

    @GET
    @Path("{authorityId}/packet")
    @Produces({"application/pdf", Problems.TYPE})
    @Operation(summary = "Preview the anonymous referral packet for this authority (PDF/A-2b, in its language); audited, nothing is sent")
    public Response packet(@PathParam("id") long id, @PathParam("authorityId") long authorityId) {
        Locale locale = SupportedLocales.preferred(headers.getAcceptableLanguages());
        return packets.preview(current.get(), id, authorityId)
                .map(pdf -> Response.ok(pdf, "application/pdf")
                        .header("Content-Disposition", "inline; filename=\"referral-" + id + "-" + authorityId + ".pdf\"")
                        .build())
                .orElseGet(() -> Problems.response(404, locale, "staff.caseNotFound"));
    }
}
