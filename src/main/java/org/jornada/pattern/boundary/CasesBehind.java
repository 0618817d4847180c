package org.jornada.pattern.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.pattern.control.CaseFacts;
import org.jornada.pattern.control.PatternFilter;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.RecruitmentPlaces;
import org.jornada.platform.control.RefusedException;
import org.jornada.platform.control.UsStates;

/**
 * The cases behind one number of a pattern view, for staff who work cases (never a UNION
 * account: the page lives under {@code /staff/cases/}): the view's filters, narrowed by the cell,
 * an entry of a ranking, a category group column, a month or season row, a US state or a
 * Mexican state of recruitment. The same copy the views count from ({@link CaseCopyRefresher}), so the
 * list is exactly what the number counted.
 */
@ApplicationScoped
public class CasesBehind {

    /** The most cases one list shows (newest first); the page says how many there are. */
    static final int LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseCopyRefresher data;

    @Inject
    OrgTime orgTime;

    /** The cell as the address gives it: each part optional. */
    public record CellSpec(PatternCounting.Kind kind, Long entity, CategoryGroup group, String period, String place) {
    }

    /** One case as the list shows it (staff only). */
    public record Line(long id, String state, LocalDate received, String employer, String recruiter, String worksiteState) {
    }

    public record Answer(List<Line> cases, int total, String entityName) {
    }

    /** Reads the cell from query parameters; a wrong one is refused by name. */
    public CellSpec cell(String kind, String entity, String group, String period, String place) {
        List<FieldError> errors = new ArrayList<>();
        PatternCounting.Kind role = PatternCounting.Kind.EMPLOYER;
        if (present(kind)) {
            role = Arrays.stream(PatternCounting.Kind.values()).filter(k -> k.name().equalsIgnoreCase(kind.strip())).findFirst()
                    .orElse(null);
            if (role == null) {
                errors.add(new FieldError("kind", "pattern.cell.invalid"));
            }
        }
        Long entityId = null;
        if (present(entity)) {
            if (entity.strip().matches("\\d{1,18}")) {
                entityId = Long.valueOf(entity.strip());
            } else {
                errors.add(new FieldError("entity", "pattern.cell.invalid"));
            }
        }
        CategoryGroup categoryGroup = null;
        if (present(group)) {
            categoryGroup = Arrays.stream(CategoryGroup.values()).filter(g -> g.name().equalsIgnoreCase(group.strip()))
                    .findFirst().orElse(null);
            if (categoryGroup == null) {
                errors.add(new FieldError("cellGroup", "pattern.cell.invalid"));
            }
        }
        String periodText = present(period) ? period.strip() : null;
        if (periodText != null && !periodText.matches("\\d{4}(-(0[1-9]|1[0-2]))?")) {
            errors.add(new FieldError("period", "pattern.cell.invalid"));
        }
        String placeCode = present(place) ? place.strip().toUpperCase(Locale.ROOT) : null;
        if (placeCode != null && !UsStates.isKnown(placeCode)
                && !RecruitmentPlaces.isMexicanState(placeCode)) {
            errors.add(new FieldError("place", "pattern.cell.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new RefusedException(errors);
        }
        return new CellSpec(role, entityId, categoryGroup, periodText, placeCode);
    }

    /**
     * The address of the list behind a cell ({@code /staff/cases/behind?...}): the view's filters
     * and the cell's parts, nothing about a worker.
     */
    public static String address(String contextPath, PatternFilter view, PatternCounting.Kind kind, Long entity,
            CategoryGroup group, String period, String place) {
        StringBuilder url = new StringBuilder(contextPath).append("/staff/cases/behind?from=").append(view.from())
                .append("&to=").append(view.to());
        append(url, "visa", view.visa() == null ? null : view.visa().name());
        append(url, "group", view.group() == null ? null : view.group().name());
        append(url, "state", view.state());
        append(url, "crop", view.crop());
        append(url, "verifiedOnly", view.verifiedOnly() ? "true" : null);
        append(url, "kind", kind == null ? null : kind.name());
        append(url, "entity", entity == null ? null : entity.toString());
        append(url, "cellGroup", group == null ? null : group.name());
        append(url, "period", period);
        append(url, "place", place);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value,
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The cases the cell counts under the view's filters, newest first, at most {@link #LIMIT}. */
    public Answer read(PatternFilter view, CellSpec cell) {
        PatternFilter filter = narrowed(view, cell);
        String entityName = null;
        if (cell.entity() != null) {
            List<?> names = em.createNativeQuery("SELECT name FROM directory_entity WHERE id = ?")
                    .setParameter(1, cell.entity()).getResultList();
            entityName = names.isEmpty() ? null : String.valueOf(names.get(0));
        }
        if (filter == null) {
            return new Answer(List.of(), 0, entityName);
        }
        boolean mexican = cell.place() != null && cell.place().startsWith("MX-");
        CaseFacts.Cell wanted = new CaseFacts.Cell(cell.kind() == PatternCounting.Kind.RECRUITER ? CaseFacts.Role.RECRUITER
                : CaseFacts.Role.EMPLOYER, cell.entity(), cell.group(), mexican ? cell.place() : null);
        CaseFacts.Behind behind = data.read(copy -> copy.facts().behind(CaseFacts.Slice.of(filter,
                filter.crop() == null ? null : copy.certified().employersGrowing(filter.crop())), wanted, LIMIT));
        return new Answer(lines(behind.ids()), behind.total(), entityName);
    }

    /** The view's filters with the cell's period and US state; null when they cannot both hold. */
    static PatternFilter narrowed(PatternFilter view, CellSpec cell) {
        YearMonth from = view.from();
        YearMonth to = view.to();
        if (cell.period() != null) {
            YearMonth first = cell.period().length() == 4 ? YearMonth.of(Integer.parseInt(cell.period()), 1)
                    : YearMonth.parse(cell.period());
            YearMonth last = cell.period().length() == 4 ? first.plusMonths(11) : first;
            from = first.isAfter(from) ? first : from;
            to = last.isBefore(to) ? last : to;
        }
        String state = view.state();
        if (cell.place() != null && !cell.place().startsWith("MX-")) {
            if (state != null && !state.equals(cell.place())) {
                return null;
            }
            state = cell.place();
        }
        if (from.isAfter(to)) {
            return null;
        }
        return new PatternFilter(from, to, view.visa(), view.group(), state, view.crop(), view.verifiedOnly());
    }

    private List<Line> lines(long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        String list = Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, f.state, c.received_at, c.employer_name,"
                + " c.recruiter_name, c.worksite_state FROM complaint c JOIN case_file f ON f.complaint_id = c.id"
                + " WHERE c.id IN (" + list + ")").getResultList();
        Map<Long, Line> byId = new HashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            java.time.Instant received = r[2] instanceof java.sql.Timestamp t ? t.toInstant()
                    : ((java.time.LocalDateTime) r[2]).atZone(java.time.ZoneId.systemDefault()).toInstant();
            byId.put(id, new Line(id, (String) r[1], received.atZone(orgTime.getZone()).toLocalDate(), (String) r[3],
                    (String) r[4], (String) r[5]));
        }
        return Arrays.stream(ids).mapToObj(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
