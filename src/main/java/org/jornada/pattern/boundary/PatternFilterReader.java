package org.jornada.pattern.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.complaint.entity.VisaType;
import org.jornada.pattern.control.PatternFilter;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.RefusedException;
import org.jornada.platform.control.UsStates;

/**
 * Reads the filters of a pattern view from query parameters (API and pages alike): months as
 * {@code YYYY-MM} (default: the last 12 months; for the trends, this season and the last one, see
 * {@link Window}), {@code visa} H2A/H2B, {@code group}, {@code state}
 * (two letters), {@code crop} (words), {@code verifiedOnly}. Anything else is refused by name.
 */
@ApplicationScoped
public class PatternFilterReader {

    /** The longest period a view covers. */
    static final int MAX_MONTHS = 120;

    @Inject
    OrgTime orgTime;

    /**
     * Where a view starts when {@code from} is not given. {@code YEAR}: the 12 months up to
     * {@code to} (rankings, maps). {@code SEASONS}: from January of the year before {@code to}'s,
     * so the trends compare this season with the last one whatever the month (a season is a
     * calendar year; the last 12 months of December hold only one).
     */
    public enum Window {
        YEAR, SEASONS;

        YearMonth start(YearMonth end) {
            return this == SEASONS ? YearMonth.of(end.getYear() - 1, 1) : end.minusMonths(11);
        }
    }

    public PatternFilter read(String from, String to, String visa, String group, String state, String crop,
            String verifiedOnly) {
        return read(from, to, visa, group, state, crop, verifiedOnly, Window.YEAR);
    }

    public PatternFilter read(String from, String to, String visa, String group, String state, String crop,
            String verifiedOnly, Window window) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth now = YearMonth.from(LocalDate.now(orgTime.getZone()));
        YearMonth end = month(to, "to", errors, now);
        YearMonth start = month(from, "from", errors, window.start(end == null ? now : end));
        if (start != null && end != null && (end.isBefore(start) || start.plusMonths(MAX_MONTHS).isBefore(end))) {
            errors.add(new FieldError("to", "pattern.period.invalid", MAX_MONTHS));
        }
        VisaType visaType = null;
        if (present(visa)) {
            visaType = Arrays.stream(VisaType.values()).filter(v -> v.name().equalsIgnoreCase(visa.strip())
                    || v.name().equalsIgnoreCase(visa.strip().replace("-", ""))).findFirst().orElse(null);
            if (visaType == null) {
                errors.add(new FieldError("visa", "pattern.visa.invalid"));
            }
        }
        CategoryGroup categoryGroup = null;
        if (present(group)) {
            categoryGroup = Arrays.stream(CategoryGroup.values()).filter(g -> g.name().equalsIgnoreCase(group.strip()))
                    .findFirst().orElse(null);
            if (categoryGroup == null) {
                errors.add(new FieldError("group", "pattern.group.invalid"));
            }
        }
        String worksite = null;
        if (present(state)) {
            worksite = state.strip().toUpperCase(Locale.ROOT);
            if (!UsStates.isKnown(worksite)) {
                errors.add(new FieldError("state", "pattern.state.invalid"));
            }
        }
        String cropWords = present(crop) ? crop.strip() : null;
        if (cropWords != null && (cropWords.length() > 60 || !cropWords.matches("[\\p{L}\\p{N} ,.'()-]+"))) {
            errors.add(new FieldError("crop", "pattern.crop.invalid"));
        }
        boolean verified = present(verifiedOnly) && switch (verifiedOnly.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default -> {
                errors.add(new FieldError("verifiedOnly", "pattern.verifiedOnly.invalid"));
                yield false;
            }
        };
        if (!errors.isEmpty()) {
            throw new RefusedException(errors);
        }
        return new PatternFilter(start, end, visaType, categoryGroup, worksite, cropWords, verified);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static YearMonth month(String value, String field, List<FieldError> errors, YearMonth otherwise) {
        if (!present(value)) {
            return otherwise;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "pattern.month.invalid"));
            return null;
        }
    }
}
