package org.jornada.review.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.complaint.boundary.JsonBodies;
import org.jornada.platform.control.FieldError;
import org.jornada.complaint.entity.ReceiptCode;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.boundary.ClientKeys;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.Jsons;
import org.jornada.platform.control.Languages;
import org.jornada.review.entity.Review;

/**
 * {@code POST /api/v1/reviews}: a worker rates an employer or recruiter without an account.
 * {@code 201} when counted at once (no text), {@code 202} when held for moderation (a text, or a
 * burst against the entry), {@code 400} naming the field, {@code 429} when this client sent too
 * many (or too many wrong receipt codes).
 */
@Path("reviews")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class ReviewsResource {

    private static final Set<String> FIELDS = Set.of("entityType", "entityId", "overall", "aspects", "season", "text",
            "receipt");
    private static final Set<String> ASPECTS = Set.of("paidAsPromised", "noFeesCharged", "housing", "safety",
            "respect", "honestAboutJob");

    @Inject
    ReviewIntake intake;

    @Inject
    ClientKeys clients;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate an employer or recruiter: 201 counted, 202 held for moderation")
    public Response post(InputStream body) {
        Locale locale = Languages.preferred(headers.getAcceptableLanguages());
        try {
            JsonObject json = JsonBodies.read(body);
            JsonBodies.rejectUnknown(json, FIELDS, "");
            Reviews.Submission submission = submission(json);
            ReviewIntake.Outcome outcome = intake.take(clients.of(request), submission);
            if (outcome.limited()) {
                return tooMany(locale, outcome.retryAfter());
            }
            if (outcome.taken() == null) {
                return Problems.fieldResponse(locale, List.of(new FieldError(outcome.field(), outcome.problemKey())));
            }
            int status = outcome.counted() ? 201 : 202;
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(Jsons.PROVIDER.createObjectBuilder().add("id", outcome.taken().id())
                            .add("status", outcome.taken().status().name()).build().toString()).build();
        } catch (JsonBodies.BadRequest bad) {
            return bad.toResponse(locale);
        }
    }

    private static Response tooMany(Locale locale, Duration wait) {
        return Response.fromResponse(Problems.response(429, locale, "reviews.tooMany"))
                .header("Retry-After", Math.max(1, wait.toSeconds())).build();
    }

    static Reviews.Submission submission(JsonObject json) throws JsonBodies.BadRequest {
        String type = string(json, "entityType");
        EntityKind kind = "EMPLOYER".equals(type) ? EntityKind.EMPLOYER
                : "RECRUITER".equals(type) ? EntityKind.RECRUITER : null;
        if (kind == null) {
            throw bad("entityType", "reviews.entityType");
        }
        long entityId = wholeNumber(json.get("entityId")).filter(n -> n > 0)
                .orElseThrow(() -> bad("entityId", "reviews.entityUnknown"));
        int overall = rating(json.get("overall")).orElseThrow(() -> bad("overall", "reviews.rating"));
        Map<Review.Aspect, Integer> aspects = new EnumMap<>(Review.Aspect.class);
        JsonValue aspectsValue = json.get("aspects");
        if (aspectsValue != null && aspectsValue.getValueType() != JsonValue.ValueType.NULL) {
            if (aspectsValue.getValueType() != JsonValue.ValueType.OBJECT) {
                throw bad("aspects", "reviews.aspects");
            }
            JsonBodies.rejectUnknown(aspectsValue.asJsonObject(), ASPECTS, "aspects.");
            for (Map.Entry<String, JsonValue> e : aspectsValue.asJsonObject().entrySet()) {
                if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
                    continue;
                }
                aspects.put(Review.Aspect.valueOf(e.getKey()), rating(e.getValue())
                        .orElseThrow(() -> bad("aspects." + e.getKey(), "reviews.rating")));
            }
        }
        JsonValue seasonValue = json.get("season");
        String seasonText = seasonValue instanceof JsonString s ? s.getString().strip()
                : seasonValue instanceof JsonNumber n ? n.toString() : null;
        int thisYear = Year.now(ZoneOffset.UTC).getValue();
        if (seasonText == null || !seasonText.matches("\\d{4}") || Integer.parseInt(seasonText) < 2000
                || Integer.parseInt(seasonText) > thisYear + 1) {
            throw bad("season", "reviews.season");
        }
        String text = string(json, "text");
        if (text != null && text.strip().length() > Reviews.TEXT_MAX) {
            throw bad("text", "reviews.textTooLong");
        }
        String receiptText = string(json, "receipt");
        ReceiptCode receipt = null;
        if (receiptText != null && !receiptText.isBlank()) {
            receipt = ReceiptCode.parse(receiptText).orElseThrow(() -> bad("receipt", "reviews.receiptUnknown"));
        }
        return new Reviews.Submission(kind, entityId, overall, aspects, Integer.parseInt(seasonText), text, receipt);
    }

    private static JsonBodies.BadRequest bad(String field, String key) {
        return new JsonBodies.BadRequest(new FieldError(field, key));
    }

    private static String string(JsonObject json, String name) throws JsonBodies.BadRequest {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw bad(name, "error.field.type.string");
    }

    private static Optional<Long> wholeNumber(JsonValue value) {
        return value instanceof JsonNumber n && n.isIntegral() ? Optional.of(n.longValue()) : Optional.empty();
    }

    private static Optional<Integer> rating(JsonValue value) {
        return wholeNumber(value).filter(v -> v >= 1 && v <= 5).map(Long::intValue);
    }
}
