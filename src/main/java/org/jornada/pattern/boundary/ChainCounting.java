package org.jornada.pattern.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jornada.directory.boundary.RecruitmentChain;
import org.jornada.pattern.control.CaseFacts;
import org.jornada.pattern.control.CertifiedWorkers;
import org.jornada.pattern.control.ChainView;
import org.jornada.pattern.control.PatternFilter;

/**
 * The chain view's numbers (issue #28): the recruiter→employer links the directory knows
 * ({@link RecruitmentChain#supplies()}: the Foreign Labor Recruiter List and staff links, less
 * staff unlinks), the complaints per employer and per recruiter counted over this node's copy of
 * the cases exactly as the rankings count them, and the workers certified per employer under the
 * same filters; rounded and suppressed by {@link ChainView} before they leave. docs/patterns.md.
 */
@ApplicationScoped
public class ChainCounting {

    /** Recruiters a page holds when no limit is asked. */
    public static final int DEFAULT_ROWS = 50;

    /** Recruiters a page holds at most ({@code limit}); each lists up to {@link ChainView#MAX_LISTED} employers. */
    public static final int MAX_LIMIT = 200;

    /** Employers of the most complaints listed when not asked ({@code top}), and at most. */
    public static final int DEFAULT_TOP = 20;
    public static final int MAX_TOP = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseCopyRefresher data;

    @Inject
    RecruitmentChain chain;

    /** A page of the view, with the names of every entry it shows. */
    public record Answer(ChainView.Page page, List<ChainView.TopEmployer> top, Map<Long, String> names, int offset,
            int limit) {

        /** Where the next page starts, or -1 when this is the last. */
        public int nextOffset() {
            return offset + page.rows().size() < page.total() ? offset + limit : -1;
        }

        public String name(long id) {
            return names.getOrDefault(id, "?");
        }
    }

    /**
     * @param byRate recruiters sorted by the rate across their employers, else by the count
     * @param top how many of the employers with most complaints
     */
    public Answer chain(PatternFilter filter, boolean byRate, int offset, int limit, int top) {
        int minimum = PatternCounting.minimumCell();
        List<ChainView.Link> links = chain.supplies().stream().map(s -> new ChainView.Link(s.recruiterId(),
                s.employerId(), s.sources().stream().map(Enum::name).sorted().toList())).toList();
        record Counted(ChainView.Counts employers, ChainView.Counts recruiters, CertifiedWorkers.PerEmployer certified) {
        }
        Counted counted = data.read(copy -> {
            CaseFacts.Slice slice = CaseFacts.Slice.of(filter,
                    filter.crop() == null ? null : copy.certified().employersGrowing(filter.crop()));
            // each count is copied out before the next: a view's sums are good only until the next
            ChainView.Counts employers = ChainView.Counts.of(copy.facts().byEntity(CaseFacts.Role.EMPLOYER, slice));
            ChainView.Counts recruiters = ChainView.Counts.of(copy.facts().byEntity(CaseFacts.Role.RECRUITER, slice));
            return new Counted(employers, recruiters, copy.certified().perEmployer(filter));
        });
        ChainView view = new ChainView(links, counted.employers(), counted.recruiters(), counted.certified(), minimum);
        ChainView.Page page = view.recruiters(byRate, offset, limit);
        List<ChainView.TopEmployer> most = view.topEmployers(top);
        return new Answer(page, most, names(page, most), offset, limit);
    }

    private Map<Long, String> names(ChainView.Page page, List<ChainView.TopEmployer> top) {
        Set<Long> ids = new TreeSet<>();
        page.rows().forEach(r -> {
            ids.add(r.entityId());
            r.employers().forEach(e -> ids.add(e.entityId()));
        });
        top.forEach(t -> {
            ids.add(t.entityId());
            t.recruiters().forEach(b -> ids.add(b.entityId()));
        });
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        String idList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM directory_entity WHERE id IN (" + idList + ")")
                .getResultList();
        rows.forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
        return names;
    }
}
