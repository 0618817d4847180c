package org.jornada.casework.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.IllegalTransitionException;
import org.jornada.evidence.entity.Evidence;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.CachedJsonProvider;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.CurrentStaff;
import org.jornada.staff.control.StaffPrincipal;

/**
 * The staff API over cases ({@code /api/v1/staff/cases}), bearer-token authenticated by
 * {@code StaffTokenFilter}. ADMIN may not read case contents (403); a case that does not exist
 * or that an advocate may not work is a 404.
 */
@Path("staff/cases")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class StaffCasesResource {

    @Inject
    ApiBodies bodies;

    @Inject
    CaseHandling work;

    @Inject
    CaseQueue queue;

    @Inject
    DirectoryProposals proposals;

    @Inject
    LinkCaseToDirectory linkToDirectory;

    @Inject
    MoveCase moveCase;

    @Inject
    AssignCase assignCase;

    @Inject
    MessageWorker messageWorker;

    @Inject
    AddCaseNote addNote;

    @Inject
    ReleaseHeldCase releaseHeld;


    @Inject
    CurrentStaff current;

    @Context
    HttpHeaders headers;

    private Locale locale() {
        return SupportedLocales.preferred(headers.getAcceptableLanguages());
    }

    @GET
    @Operation(summary = "The triage queue: urgent first, then oldest; held=true lists complaints held as a burst; entity=ID the cases linked to that directory entry")
    public Response list(@QueryParam("state") String state, @QueryParam("urgent") Boolean urgent,
            @QueryParam("q") String q, @QueryParam("held") @DefaultValue("false") boolean held,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size, @QueryParam("entity") Long entity) {
        StaffPrincipal who = current.get();
        if (!who.worksCases()) {
            return Problems.response(403, locale(), "staff.forbidden");
        }
        CaseState stateFilter = null;
        if (state != null && !state.isBlank()) {
            Optional<CaseState> known = parseState(state);
            if (known.isEmpty()) {
                throw new RefusedException("state", "staff.transition.unknown");
            }
            stateFilter = known.get();
        }
        CaseQueue.Page found = queue.list(who, CaseQueue.Filter.of(stateFilter, urgent, q, held).linkedTo(entity),
                Math.max(0, page),
                Math.min(200, Math.max(1, size)));
        // the nearest clock still running, as the queue sorts by it (a clock marked not applicable left out)
        return ApiBodies.ok(new CaseBodies.Queue(found.rows().stream()
                .map(c -> CaseBodies.Summary.of(c, c.file().getNearestDeadline())).toList(),
                found.total(), found.capped()));
    }

    @POST
    @Path("{id}/release")
    @Operation(summary = "Put a complaint held as part of a burst into the triage queue (SUPERVISOR)")
    public Response release(@PathParam("id") long id) {
        return switch (releaseHeld.run(current.get(), id)) {
            case RELEASED -> ApiBodies.ok(new CaseBodies.Released(id, false));
            case NOT_HELD -> Problems.response(409, locale(), "caseview.notHeld");
            case NO_SUCH_CASE -> notFound();
        };
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A case with narrative, contact, the newest messages (?messages=N, default 100, at most 1000; messagesTotal counts them all), evidence and deadlines (audited)")
    public Response get(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("messages") String messages) {
        int shown = org.jornada.platform.control.ListWindow.limit(messages, 100);
        return withCase(id, (who, complaint) -> ApiBodies.ok(CaseBodies.Case.of(work.view(who, complaint, shown),
                proposals.forCase(complaint), LocalDate.now(ZoneOffset.UTC))));
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a case along the workflow: {to, reason}; 409 names the allowed moves")
    public Response transition(@PathParam("id") long id, String body) {
        MoveCase.Input move = bodies.read(body, MoveCase.Input.class);
        try {
            return moveCase.run(current.get(), id, move) ? ApiBodies.ok(new CaseBodies.Moved(id, move.to())) : notFound();
        } catch (IllegalTransitionException refused) {
            List<String> allowed = CaseBodies.names(refused.allowed());
            JsonObject problem = Problems.body(409, locale(), "staff.transition.refused", refused.from(),
                    refused.to(), allowed.toString());
            return Problems.of(409, locale(), CachedJsonProvider.PROVIDER.createObjectBuilder(problem)
                    .add("allowed", CachedJsonProvider.PROVIDER.createArrayBuilder(allowed)).build());
        }
    }

    /** The body of an assignment: an account's id, "me", or null to put the case back in the queue. */
    public record AssignBody(JsonValue assigneeId) {
    }

    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take, assign or release a case: {\"assigneeId\": id | null} (\"me\" takes it)")
    public Response assign(@PathParam("id") long id, String body) {
        JsonValue target = bodies.read(body, AssignBody.class).assigneeId();
        Long assignee;
        if (target == null || target.getValueType() == JsonValue.ValueType.NULL) {
            assignee = null;
        } else if (target instanceof JsonString s && "me".equals(s.getString())) {
            assignee = current.get().staffId();
        } else if (target instanceof JsonNumber n && n.isIntegral()) {
            assignee = n.longValue();
        } else {
            throw new RefusedException("assigneeId", "staff.assignee.invalid");
        }
        return assignCase.run(current.get(), id, new AssignCase.Input(assignee))
                ? ApiBodies.ok(new CaseBodies.Assigned(id, assignee)) : notFound();
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Message the worker through the receipt channel: {text}")
    public Response message(@PathParam("id") long id, String body) {
        return messageWorker.run(current.get(), id, bodies.read(body, MessageWorker.Input.class))
                .map(entry -> ApiBodies.answer(201, entry)).orElseGet(this::notFound);
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An internal note: {text, forReferral} (forReferral: it goes into the referral packets); 201")
    public Response note(@PathParam("id") long id, String body) {
        return addNote.run(current.get(), id, bodies.read(body, AddCaseNote.Input.class))
                ? ApiBodies.answer(201, new Added(id)) : notFound();
    }

    /** The case a note was added to. */
    public record Added(long caseId) {
    }

    /** {@code /entities}' body: the role the directory entry plays in the case, and the entry. */
    public record EntityLink(@jakarta.validation.constraints.NotNull(message = "caseview.directoryRefused")
            org.jornada.directory.entity.EntityKind role, Long entityId) {
    }

    @POST
    @Path("{id}/entities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The case counts for this directory entry in the pattern views: {role EMPLOYER|RECRUITER, entityId} (the same link as /directory)")
    public Response linkEntity(@PathParam("id") long id, String body) {
        EntityLink link = bodies.read(body, EntityLink.class);
        LinkCaseToDirectory.Input input = new LinkCaseToDirectory.Input(link.entityId(), link.role());
        return linkToDirectory.run(current.get(), id, input)
                ? ApiBodies.ok(new CaseBodies.LinkedToDirectory(id, input.kind(), input.entryId()))
                : notFound();
    }

    @Inject
    UnlinkCaseFromDirectory unlink;

    @POST
    @Path("{id}/entities/{role}/remove")
    @Operation(summary = "Undo the case's link to its EMPLOYER or RECRUITER entry (also one made on arrival, which is never made again)")
    public Response unlinkEntity(@PathParam("id") long id, @PathParam("role") String role) {
        org.jornada.directory.entity.EntityKind kind = java.util.Arrays.stream(
                org.jornada.directory.entity.EntityKind.values()).filter(k -> k.name().equals(role)).findFirst()
                .orElseThrow(() -> new RefusedException("role", "caseview.directoryRefused"));
        return unlink.run(current.get(), id, kind) ? ApiBodies.ok(new CaseBodies.LinkedToDirectory(id, kind, null))
                : notFound();
    }

    @POST
    @Path("{id}/directory")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link the case to its employer or recruiter in the directory: {entryId, kind}")
    public Response linkToDirectory(@PathParam("id") long id, String body) {
        LinkCaseToDirectory.Input input = bodies.read(body, LinkCaseToDirectory.Input.class);
        return linkToDirectory.run(current.get(), id, input)
                ? ApiBodies.ok(new CaseBodies.LinkedToDirectory(id, input.kind(), input.entryId()))
                : notFound();
    }

    private Response notFound() {
        return Problems.response(404, locale(), "staff.caseNotFound");
    }

    @GET
    @Path("{id}/evidence/{evidenceId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, Problems.TYPE})
    @Operation(summary = "The stored evidence bytes, as an attachment (audited)")
    public Response evidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        return withCase(id, (who, complaint) -> work.evidence(complaint, evidenceId)
                .map(e -> Response.ok(work.download(who, e))
                        .type(e.getContentType())
                        .header("Content-Disposition", "attachment; filename=\"evidence-" + e.getId() + extension(e) + "\"")
                        .header("X-Content-Type-Options", "nosniff")
                        .build())
                .orElseGet(() -> Problems.response(404, locale(), "staff.evidenceNotFound")));
    }

    private interface CaseAction {
        Response apply(StaffPrincipal who, Complaint complaint);
    }

    private Response withCase(long id, CaseAction action) {
        StaffPrincipal who = current.get();
        if (!who.worksCases()) {
            return Problems.response(403, locale(), "staff.forbidden");
        }
        return work.visible(who, id).map(c -> action.apply(who, c)).orElseGet(this::notFound);
    }

    private static Optional<CaseState> parseState(String value) {
        return Arrays.stream(CaseState.values()).filter(s -> s.name().equalsIgnoreCase(String.valueOf(value).trim()))
                .findFirst();
    }



    static String extension(Evidence e) {
        return switch (e.getContentType()) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "application/pdf" -> ".pdf";
            case "audio/ogg" -> ".ogg";
            case "audio/mp4" -> ".m4a";
            case "audio/mpeg" -> ".mp3";
            case "audio/webm" -> ".webm";
            case "audio/wav" -> ".wav";
            default -> ".bin";
        };
    }

}
