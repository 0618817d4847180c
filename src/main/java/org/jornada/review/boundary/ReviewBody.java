package org.jornada.review.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jornada.complaint.entity.ReceiptCode;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.boundary.BodyRules;
import org.jornada.platform.boundary.TypeMessage;
import org.jornada.platform.control.FieldError;
import org.jornada.review.entity.Review;

/**
 * The body of {@code POST /api/v1/reviews} (docs/api.md), read by {@code ApiBodies.intake}: an
 * employer or recruiter by id, an overall rating and any of the six aspects from 1 to 5, the season
 * (a year, as text or number), an optional text and an optional receipt code.
 */
@TypeMessage("error.field.type.string")
@JsonbPropertyOrder({"entityType", "entityId", "overall", "aspects", "season", "text", "receipt"})
public record ReviewBody(@TypeMessage("reviews.entityType") String entityType,
        @TypeMessage("reviews.entityUnknown") Long entityId,
        @TypeMessage("reviews.rating") Integer overall,
        @TypeMessage("reviews.aspects") Aspects aspects,
        @TypeMessage("reviews.season") Object season,
        String text, String receipt) implements BodyRules {

    /** The six aspects, each rated 1 to 5 or left out. */
    @TypeMessage("reviews.rating")
    @JsonbPropertyOrder({"paidAsPromised", "noFeesCharged", "housing", "safety", "respect", "honestAboutJob"})
    public record Aspects(Integer paidAsPromised, Integer noFeesCharged, Integer housing, Integer safety,
            Integer respect, Integer honestAboutJob) implements BodyRules {

        Map<Review.Aspect, Integer> rated() {
            Map<Review.Aspect, Integer> rated = new EnumMap<>(Review.Aspect.class);
            Integer[] values = {paidAsPromised, noFeesCharged, housing, safety, respect, honestAboutJob};
            for (Review.Aspect aspect : Review.Aspect.values()) {
                if (values[aspect.ordinal()] != null) {
                    rated.put(aspect, values[aspect.ordinal()]);
                }
            }
            return rated;
        }

        @Override
        public List<FieldError> broken() {
            List<FieldError> broken = new ArrayList<>();
            rated().forEach((aspect, rating) -> {
                if (!isRating(rating)) {
                    broken.add(new FieldError(aspect.name(), "reviews.rating"));
                }
            });
            return broken;
        }
    }

    @Override
    public List<FieldError> broken() {
        List<FieldError> broken = new ArrayList<>();
        if (kind() == null) {
            broken.add(new FieldError("entityType", "reviews.entityType"));
        }
        if (entityId == null || entityId <= 0) {
            broken.add(new FieldError("entityId", "reviews.entityUnknown"));
        }
        if (!isRating(overall)) {
            broken.add(new FieldError("overall", "reviews.rating"));
        }
        if (seasonYear() == null) {
            broken.add(new FieldError("season", "reviews.season"));
        }
        if (text != null && text.strip().length() > Reviews.TEXT_MAX) {
            broken.add(new FieldError("text", "reviews.textTooLong"));
        }
        if (receipt != null && !receipt.isBlank() && ReceiptCode.parse(receipt).isEmpty()) {
            broken.add(new FieldError("receipt", "reviews.receiptUnknown"));
        }
        return broken;
    }

    /** The review once every rule holds. */
    Reviews.Submission submission() {
        ReceiptCode code = receipt == null || receipt.isBlank() ? null : ReceiptCode.parse(receipt).orElseThrow();
        return new Reviews.Submission(kind(), entityId, overall, aspects == null ? Map.of() : aspects.rated(),
                seasonYear(), text, code);
    }

    private EntityKind kind() {
        return "EMPLOYER".equals(entityType) ? EntityKind.EMPLOYER
                : "RECRUITER".equals(entityType) ? EntityKind.RECRUITER : null;
    }

    /** The season's year, from 2000 to next year, or null. */
    private Integer seasonYear() {
        String year = season instanceof String s ? s.strip() : season instanceof Number n ? n.toString() : null;
        if (year == null || !year.matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(year);
        return value < 2000 || value > Year.now(ZoneOffset.UTC).getValue() + 1 ? null : value;
    }

    private static boolean isRating(Integer rating) {
        return rating != null && rating >= 1 && rating <= 5;
    }
}
