package org.jornada.pattern.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jornada.pattern.control.PatternFilter;
import org.jornada.platform.boundary.PageMessages;
import org.jornada.platform.control.Messages;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * {@code /staff/cases/behind}: the cases behind one number of a pattern view, for ADVOCATE and
 * SUPERVISOR accounts (the address sits under {@code /staff/cases/}, which no UNION or ADMIN
 * account may open). The view's filters and the cell come in the address; the opening is audited.
 */
@Named
@RequestScoped
public class CasesBehindPage {

    @Inject
    CasesBehind behind;

    @Inject
    PatternFilterReader filters;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    private final PatternFilterParams params = new PatternFilterParams();
    private String kind;
    private String entity;
    private String cellGroup;
    private String period;
    private String place;
    private PatternFilter filter;
    private CasesBehind.CellSpec cell;
    private CasesBehind.Answer answer;

    /** The view action: reads the filters and the cell (a refused one is said on the page), audits, lists. */
    public void open() {
        Optional<CasesBehind.Answer> read = PageMessages.run(() -> {
            filter = params.read(filters);
            cell = behind.cell(kind, entity, cellGroup, period, place);
            audit.record(current.get(), AuditTrail.PATTERNS_READ, null, "/staff/cases/behind " + filter + " " + cell);
            return behind.read(filter, cell);
        });
        answer = read.orElse(null);
    }

    public CasesBehind.Answer getAnswer() {
        return answer;
    }

    public List<CasesBehind.Line> getCases() {
        return answer == null ? List.of() : answer.cases();
    }

    /** What the number counted, in words: the entry, the group, the period, the place and the view's filters. */
    public String getDescription() {
        if (answer == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        StringBuilder words = new StringBuilder();
        if (answer.entityName() != null) {
            words.append(answer.entityName()).append(" · ");
        }
        if (cell.group() != null) {
            words.append(Messages.get(locale, "group." + cell.group().name())).append(" · ");
        }
        if (filter.group() != null && filter.group() != cell.group()) {
            words.append(Messages.get(locale, "group." + filter.group().name())).append(" · ");
        }
        CasesBehind.CellSpec c = cell;
        words.append(c.period() != null ? c.period() : filter.from() + " – " + filter.to());
        String place = c.place() != null ? c.place() : filter.state();
        if (place != null) {
            words.append(" · ").append(Messages.get(locale, (place.startsWith("MX-") ? "mxstate." : "usstate.") + place));
        }
        if (filter.visa() != null) {
            words.append(" · ").append(filter.visa().name());
        }
        if (filter.crop() != null) {
            words.append(" · ").append(filter.crop());
        }
        if (filter.verifiedOnly()) {
            words.append(" · ").append(Messages.get(locale, "pattern.filter.verifiedOnly"));
        }
        return words.toString();
    }

    /** Whether the list stops before the last case (it shows the newest {@code CasesBehind.LIMIT}). */
    public boolean isCut() {
        return answer != null && answer.total() > answer.cases().size();
    }

    public int getLimit() {
        return CasesBehind.LIMIT;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }

    public String getCellGroup() {
        return cellGroup;
    }

    public void setCellGroup(String cellGroup) {
        this.cellGroup = cellGroup;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    /** The view's filters as the address gives them. */
    public PatternFilterParams getParams() {
        return params;
    }
}
