package org.jornada.channel.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.channel.entity.NoticeRoute;
import org.jornada.channel.entity.NoticeState;
import org.jornada.channel.entity.UrgentNotice;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.CurrentStaff;
import org.jornada.staff.entity.Role;

/**
 * The on-call list for ADMIN ({@code /api/v1/staff/on-call}): read it with the newest notices, add,
 * edit and remove entries through the commands ({@link AddOnCall}, {@link EditOnCall},
 * {@link RemoveOnCall}). Another role is refused (403, audited).
 */
@Path("staff/on-call")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class StaffOnCallResource {

    /** A notice as the API shows it: the case's id, never anything the worker said. */
    public record NoticeItem(long id, long caseId, long onCallId, NoticeRoute route, NoticeState state, int attempts,
            Instant nextAt, String lastError, Instant createdAt, Instant sentAt) {

        static NoticeItem of(UrgentNotice n) {
            return new NoticeItem(n.getId(), n.getComplaintId(), n.getOnCallId(), n.getRoute(), n.getState(),
                    n.getAttempts(), n.getNextAt(), n.getLastError(), n.getCreatedAt(), n.getSentAt());
        }
    }

    public record Items(List<OnCallRoster.Entry> items, List<NoticeItem> notices) {
    }

    public record Removed(long id, boolean removed) {
    }

    @Inject
    ApiBodies bodies;

    @Inject
    OnCallRoster roster;

    @Inject
    UrgentNoticeBook notices;

    @Inject
    AddOnCall add;

    @Inject
    EditOnCall edit;

    @Inject
    RemoveOnCall remove;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The on-call list (ADMIN) with the newest 50 urgent notices and their state")
    public Response list() {
        adminOnly("read on-call list");
        return ApiBodies.ok(new Items(roster.entries(), notices.recent(50).stream().map(NoticeItem::of).toList()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One on-call entry (ADMIN)")
    public Response one(@PathParam("id") long id) {
        adminOnly("read on-call entry " + id);
        return roster.entry(id).map(ApiBodies::ok).orElseGet(this::notFound);
    }

    @POST
    @Operation(summary = "Add an on-call entry (ADMIN): {staffAccountId, email, phone?, medium? (SMS, WHATSAPP),"
            + " language? (es), days [MONDAY...], from \"HH:mm\", to \"HH:mm\", active? (true)}")
    public Response add(String body) {
        long id = add.run(current.get(), bodies.read(body, OnCallInput.class)).getId();
        return ApiBodies.answer(201, roster.entry(id).orElseThrow());
    }

    @POST
    @Path("{id}")
    @Operation(summary = "Edit an on-call entry (ADMIN): the same body as adding one")
    public Response edit(@PathParam("id") long id, String body) {
        return edit.run(current.get(), id, bodies.read(body, OnCallInput.class))
                .flatMap(e -> roster.entry(e.getId())).map(ApiBodies::ok).orElseGet(this::notFound);
    }

    @POST
    @Path("{id}/remove")
    @Operation(summary = "Remove an on-call entry (ADMIN); its notices go with it (POST: the portal answers"
            + " only GET, HEAD and POST, web.xml)")
    public Response remove(@PathParam("id") long id) {
        return remove.run(current.get(), id) ? ApiBodies.ok(new Removed(id, true)) : notFound();
    }

    private void adminOnly(String what) {
        if (current.get().role() != Role.ADMIN) {
            throw audit.refused(current.get(), null, what, "staff.forbidden");
        }
    }

    private Response notFound() {
        return Problems.response(404, SupportedLocales.preferred(headers.getAcceptableLanguages()), "oncall.notFound");
    }
}
