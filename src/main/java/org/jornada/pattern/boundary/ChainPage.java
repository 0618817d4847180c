package org.jornada.pattern.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jornada.pattern.control.ChainView;
import org.jornada.platform.control.Messages;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * The chain view's page ({@code /union/chain}, issue #28) for UNION, ADVOCATE and SUPERVISOR: the
 * filters, their check and the audit are the other pattern pages' ({@link PatternsPage#open()}),
 * the numbers {@link ChainCounting}'s, read once by the view action {@link #load()}, already
 * rounded and suppressed. Names open the public profiles; for staff who read cases an
 * employer's or a recruiter's own count opens the cases behind it, as on the rankings.
 */
@Named
@RequestScoped
public class ChainPage {

    /** Recruiters a page shows; "more" opens the next. */
    public static final int PAGE_ROWS = 50;

    @Inject
    PatternsPage patterns;

    @Inject
    ChainCounting chains;

    @Inject
    CurrentStaff current;

    private String sort;
    private String offset;
    private ChainCounting.Answer answer;

    /** The page's view action, after {@link PatternsPage#open()}: nothing when the filters were refused. */
    public void load() {
        if (patterns.getFilter() != null) {
            int from = offset != null && offset.matches("\\d{1,8}") ? Integer.parseInt(offset) : 0;
            answer = chains.chain(patterns.getFilter(), !isByCount(), from, PAGE_ROWS, ChainCounting.DEFAULT_TOP);
        }
    }

    public boolean isByCount() {
        return "COUNT".equalsIgnoreCase(sort);
    }

    public List<ChainView.Recruiter> getRecruiters() {
        return answer == null ? List.of() : answer.page().rows();
    }

    public List<ChainView.TopEmployer> getTop() {
        return answer == null ? List.of() : answer.top();
    }

    /** The page shown; null when the filters were refused. */
    public ChainCounting.Answer getAnswer() {
        return answer;
    }

    public String name(long id) {
        return answer == null ? "?" : answer.name(id);
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A rate as shown: the number, or why there is none. */
    public String rate(BigDecimal rate, boolean suppressed) {
        return rate != null ? rate.toPlainString()
                : Messages.get(locale(), suppressed ? "pattern.rate.hidden" : "pattern.rate.tooFew");
    }

    /** Where a link of the chain comes from, in words. */
    public String sources(List<String> sources) {
        return sources.stream().map(s -> Messages.get(locale(), "pattern.chain.source." + s))
                .collect(Collectors.joining(", "));
    }

    /**
     * Where an employer's or a recruiter's own count opens the cases behind it, for staff who read
     * cases; null for a UNION account and for a zero.
     */
    public String behind(Long shown, String kind, long entity) {
        if (!current.get().worksCases() || patterns.getFilter() == null || shown != null && shown == 0) {
            return null;
        }
        return CasesBehind.address(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
                patterns.getFilter(), PatternCounting.Kind.valueOf(kind), entity, null, null, null);
    }

    /** This page's address with the next page's {@code offset}; null on the last page. */
    public String getMoreAddress() {
        if (answer == null || answer.nextOffset() < 0) {
            return null;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        StringBuilder next = new StringBuilder();
        for (String part : query == null ? new String[0] : query.split("&")) {
            if (!part.isEmpty() && !part.startsWith("offset=")) {
                next.append(part).append('&');
            }
        }
        return external.getRequestContextPath() + "/union/chain?" + next + "offset=" + answer.nextOffset();
    }

    public int getPageRows() {
        return PAGE_ROWS;
    }

    public int getTopRows() {
        return ChainCounting.DEFAULT_TOP;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getOffset() {
        return offset;
    }

    public void setOffset(String offset) {
        this.offset = offset;
    }
}
