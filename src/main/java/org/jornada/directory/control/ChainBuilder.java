package org.jornada.directory.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.jornada.directory.entity.EntityKind;

/**
 * Gathers the links of one entry's recruitment chain from every source (plain logic, no
 * database): the certifications that link it to each other entry, staff's decisions, and the
 * verified cases, then answers the {@link ChainLink}s in order (most workers certified first).
 * A link staff unlinked is left out whatever its sources; a link only verified cases show is
 * shown from {@code minimum} cases up, and a link's count of verified complaints likewise.
 */
public final class ChainBuilder {

    /** What the builder needs to know of an entry at the other end. */
    public record Entry(long id, EntityKind kind, String name) {
    }

    /** A certification that links the two entries. */
    public record Certified(long certificationId, Integer season, String state, String crop, Integer workers) {
    }

    private static final class Gathered {
        final String relation;
        Long via;
        final Set<ChainSource> sources = EnumSet.noneOf(ChainSource.class);
        final Set<Long> certifications = new HashSet<>();
        final TreeSet<Integer> seasons = new TreeSet<>(Comparator.reverseOrder());
        final TreeSet<String> states = new TreeSet<>();
        final TreeSet<String> crops = new TreeSet<>();
        int workers;

        Gathered(String relation) {
            this.relation = relation;
        }
    }

    /** Links with as many workers are listed in this order of relation. */
    private static final List<String> RELATIONS = List.of("EMPLOYER", "RECRUITER", "AGENT", "SUB_RECRUITER", "WORKS_FOR");

    private final Map<Long, Gathered> links = new LinkedHashMap<>();
    private final Set<Long> unlinked = new HashSet<>();

    /** A link some file shows, through one certification (null when the link has none). */
    public ChainBuilder add(long otherId, String relation, ChainSource source, Certified certified, Long via) {
        Gathered link = links.computeIfAbsent(otherId, id -> new Gathered(relation));
        link.sources.add(source);
        if (via != null && link.via == null) {
            link.via = via;
        }
        if (certified != null && link.certifications.add(certified.certificationId())) {
            if (certified.season() != null) {
                link.seasons.add(certified.season());
            }
            if (certified.state() != null) {
                link.states.add(certified.state());
            }
            if (certified.crop() != null) {
                link.crops.add(certified.crop());
            }
            link.workers += certified.workers() == null ? 0 : certified.workers();
        }
        return this;
    }

    /** Staff's decision on the pair: linked adds the STAFF source, unlinked hides the link. */
    public ChainBuilder staff(long otherId, String relation, boolean linked) {
        if (linked) {
            add(otherId, relation, ChainSource.STAFF, null, null);
        } else {
            unlinked.add(otherId);
        }
        return this;
    }

    /**
     * The links, with the verified cases per other entry ({@code verified}: a link only they show
     * from {@code minimum} up) and the entries' names and kinds ({@code entries}; an entry it does
     * not know is left out). The builder itself is not changed: it answers the same every time.
     */
    public List<ChainLink> links(Map<Long, Long> verified, int minimum, LongFunction<Entry> entries,
            LongFunction<String> relationOf) {
        Map<Long, Gathered> all = new LinkedHashMap<>(links);
        verified.forEach((otherId, count) -> {
            if (count >= minimum) {
                all.computeIfAbsent(otherId, id -> new Gathered(relationOf.apply(id)));
            }
        });
        List<ChainLink> out = new ArrayList<>();
        all.forEach((otherId, link) -> {
            Entry entry = entries.apply(otherId);
            if (entry == null || unlinked.contains(otherId)) {
                return;
            }
            Entry via = link.via == null ? null : entries.apply(link.via);
            long count = verified.getOrDefault(otherId, 0L);
            Set<ChainSource> sources = EnumSet.noneOf(ChainSource.class);
            sources.addAll(link.sources);
            if (count >= minimum) {
                sources.add(ChainSource.VERIFIED_CASES);
            }
            out.add(new ChainLink(entry.kind(), otherId, entry.name(), link.relation == null ? entry.kind().name()
                    : link.relation, via == null ? null : via.name(), List.copyOf(link.seasons), List.copyOf(link.states),
                    List.copyOf(link.crops), link.workers, Set.copyOf(sources), count >= minimum ? count : null));
        });
        out.sort(Comparator.comparingInt(ChainLink::workersCertified).reversed()
                .thenComparingInt(l -> RELATIONS.indexOf(l.relation())).thenComparing(ChainLink::name));
        return out;
    }

    /** Every other entry the builder has heard of (for looking their names up at once). */
    public Set<Long> others(Map<Long, Long> verified) {
        Set<Long> ids = new HashSet<>(links.keySet());
        ids.addAll(verified.keySet());
        links.values().forEach(l -> {
            if (l.via != null) {
                ids.add(l.via);
            }
        });
        return ids;
    }
}
