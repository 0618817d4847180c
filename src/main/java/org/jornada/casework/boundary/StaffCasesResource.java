package org.jornada.casework.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import org.jornada.casework.control.Deadline;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.platform.control.FieldError;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.IllegalTransitionException;
import org.jornada.evidence.entity.Evidence;
import org.jornada.platform.boundary.JsonFields;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.Jsons;
import org.jornada.platform.control.Languages;
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
    CaseWork work;

    @Inject
    DirectoryProposals proposals;

    @Inject
    CurrentStaff current;

    @Context
    HttpHeaders headers;

    private Locale locale() {
        return Languages.preferred(headers.getAcceptableLanguages());
    }

    @GET
    @Operation(summary = "The triage queue: urgent first, then oldest; held=true lists complaints held as a burst")
    public Response list(@QueryParam("state") String state, @QueryParam("urgent") Boolean urgent,
            @QueryParam("q") String q, @QueryParam("held") @DefaultValue("false") boolean held,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        StaffPrincipal who = current.get();
        if (!who.worksCases()) {
            return Problems.response(403, locale(), "staff.forbidden");
        }
        CaseState stateFilter = null;
        if (state != null && !state.isBlank()) {
            Optional<CaseState> known = parseState(state);
            if (known.isEmpty()) {
                return Problems.fieldResponse(locale(), List.of(new FieldError("state", "staff.transition.unknown")));
            }
            stateFilter = known.get();
        }
        CaseWork.Page found = work.list(who, CaseWork.Filter.of(stateFilter, urgent, q, held), Math.max(0, page),
                Math.min(200, Math.max(1, size)));
        JsonArrayBuilder items = Jsons.PROVIDER.createArrayBuilder();
        for (Complaint c : found.items()) {
            JsonObjectBuilder item = summary(c);
            work.deadlines(c).stream().findFirst().ifPresentOrElse(d -> item.add("nearestDeadline", d.dueOn().toString()),
                    () -> item.addNull("nearestDeadline"));
            items.add(item);
        }
        return ok(Jsons.PROVIDER.createObjectBuilder().add("items", items).add("total", found.total())
                .add("totalCapped", found.capped()).build());
    }

    @POST
    @Path("{id}/release")
    @Operation(summary = "Put a complaint held as part of a burst into the triage queue (SUPERVISOR)")
    public Response release(@PathParam("id") long id) {
        return withCase(id, (who, complaint) -> {
            if (!who.seesAllCases()) {
                return Problems.response(403, locale(), "staff.forbidden");
            }
            if (!work.release(who, complaint)) {
                return Problems.response(409, locale(), "caseview.notHeld");
            }
            return ok(Jsons.PROVIDER.createObjectBuilder().add("id", id).add("held", false).build());
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A case with narrative, contact, messages, evidence and deadlines (audited)")
    public Response get(@PathParam("id") long id) {
        return withCase(id, (who, complaint) -> {
            CaseWork.CaseView view = work.view(who, complaint);
            JsonArrayBuilder messages = Jsons.PROVIDER.createArrayBuilder();
            for (MessageThread.Entry m : view.messages()) {
                messages.add(Jsons.PROVIDER.createObjectBuilder().add("from", m.from().name()).add("text", m.text())
                        .add("at", m.at().toString()));
            }
            JsonArrayBuilder evidence = Jsons.PROVIDER.createArrayBuilder();
            for (Evidence e : view.evidence()) {
                JsonObjectBuilder item = Jsons.PROVIDER.createObjectBuilder().add("id", e.getId())
                        .add("sha256", e.getSha256()).add("contentType", e.getContentType());
                if (e.getCapturedAt() == null) {
                    item.addNull("capturedAt");
                } else {
                    item.add("capturedAt", e.getCapturedAt().toString());
                }
                evidence.add(item);
            }
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            JsonArrayBuilder deadlines = Jsons.PROVIDER.createArrayBuilder();
            for (Deadline d : view.deadlines()) {
                deadlines.add(Jsons.PROVIDER.createObjectBuilder().add("rule", d.rule()).add("dueOn", d.dueOn().toString())
                        .add("source", d.source()).add("explanation", d.explanation())
                        .add("daysLeft", d.daysLeft(today)).add("warning", d.isWarning(today)));
            }
            JsonArrayBuilder proposed = Jsons.PROVIDER.createArrayBuilder();
            for (var entry : proposals.forCase(complaint)) { // staff confirm before anything is linked
                proposed.add(Jsons.PROVIDER.createObjectBuilder().add("id", entry.id()).add("kind", entry.kind().name())
                        .add("name", entry.name()));
            }
            JsonObjectBuilder body = summary(complaint)
                    .add("narrative", view.narrative())
                    .add("visaType", complaint.getVisaType().name())
                    .add("inDanger", complaint.isInDanger())
                    .add("language", complaint.getLanguage())
                    .add("messages", messages)
                    .add("evidence", evidence)
                    .add("deadlines", deadlines)
                    .add("allowedTransitions", names(complaint.getState().next()))
                    .add("directoryProposals", proposed);
            if (view.contact() != null) {
                body.add("contact", Jsons.PROVIDER.createObjectBuilder()
                        .add("channel", complaint.getContactChannel().name()).add("value", view.contact())
                        .add("consentToContact", complaint.isConsentToContact()));
            }
            return ok(body.build());
        });
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a case along the workflow: {to, reason}; 409 names the allowed moves")
    public Response transition(@PathParam("id") long id, String body) {
        return withCase(id, (who, complaint) -> {
            JsonObject json = JsonFields.object(body);
            Optional<CaseState> to = parseState(JsonFields.text(json, "to"));
            if (to.isEmpty()) {
                return Problems.fieldResponse(locale(), List.of(new FieldError("to", "staff.transition.unknown")));
            }
            try {
                work.transition(who, complaint, to.get(), JsonFields.text(json, "reason"));
                return ok(Jsons.PROVIDER.createObjectBuilder().add("id", complaint.getId())
                        .add("state", to.get().name()).build());
            } catch (IllegalTransitionException refused) {
                JsonObject problem = Problems.body(409, locale(), "staff.transition.refused", refused.from(),
                        refused.to(), names(refused.allowed()).build().toString());
                return Problems.of(409, locale(), Jsons.PROVIDER.createObjectBuilder(problem)
                        .add("allowed", names(refused.allowed())).build());
            } catch (IllegalArgumentException missingReason) {
                return Problems.fieldResponse(locale(), List.of(new FieldError("reason", "staff.transition.reason")));
            }
        });
    }

    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take, assign or release a case: {\"assigneeId\": id | null} (\"me\" takes it)")
    public Response assign(@PathParam("id") long id, String body) {
        return withCase(id, (who, complaint) -> {
            JsonValue target = JsonFields.object(body).get("assigneeId");
            Long assignee;
            if (target == null || target.getValueType() == JsonValue.ValueType.NULL) {
                assignee = null;
            } else if (target instanceof JsonString s && "me".equals(s.getString())) {
                assignee = who.staffId();
            } else if (target instanceof jakarta.json.JsonNumber n && who.seesAllCases()) {
                assignee = n.longValue();
            } else {
                return Problems.response(403, locale(), "staff.forbidden");
            }
            if (!work.assign(who, complaint, assignee)) {
                return Problems.fieldResponse(locale(), List.of(new FieldError("assigneeId", "staff.assignee.invalid")));
            }
            JsonObjectBuilder answer = Jsons.PROVIDER.createObjectBuilder().add("id", complaint.getId());
            if (assignee == null) {
                answer.addNull("assigneeId");
            } else {
                answer.add("assigneeId", assignee);
            }
            return ok(answer.build());
        });
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Message the worker through the receipt channel: {text}")
    public Response message(@PathParam("id") long id, String body) {
        return withCase(id, (who, complaint) -> {
            String text = JsonFields.text(JsonFields.object(body), "text");
            Optional<FieldError> problem = MessageThread.checkText(text);
            if (problem.isPresent()) {
                return Problems.fieldResponse(locale(), List.of(problem.get()));
            }
            MessageThread.Entry entry = work.message(who, complaint, text.strip());
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(Jsons.PROVIDER.createObjectBuilder().add("from", entry.from().name())
                            .add("text", entry.text()).add("at", entry.at().toString()).build().toString())
                    .build();
        });
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
        return work.visible(who, id).map(c -> action.apply(who, c))
                .orElseGet(() -> Problems.response(404, locale(), "staff.caseNotFound"));
    }

    private static JsonObjectBuilder summary(Complaint c) {
        JsonObjectBuilder item = Jsons.PROVIDER.createObjectBuilder()
                .add("id", c.getId())
                .add("state", c.getState().name())
                .add("urgent", c.isUrgent())
                .add("categories", names(c.getCategories()))
                .add("receivedAt", c.getReceivedAt().toString());
        JsonFields.putNullable(item, "employerName", c.getEmployerName());
        JsonFields.putNullable(item, "recruiterName", c.getRecruiterName());
        JsonFields.putNullable(item, "worksiteState", c.getWorksiteState());
        JsonFields.putNullable(item, "heldBurst", c.getHeldBurst());
        if (c.getAssigneeId() == null) {
            item.addNull("assigneeId");
        } else {
            item.add("assigneeId", c.getAssigneeId());
        }
        return item;
    }

    private static JsonArrayBuilder names(java.util.Collection<? extends Enum<?>> values) {
        JsonArrayBuilder array = Jsons.PROVIDER.createArrayBuilder();
        values.stream().map(Enum::name).sorted().forEach(array::add);
        return array;
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
            default -> ".bin";
        };
    }

    private static Response ok(JsonObject body) {
        return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

}
