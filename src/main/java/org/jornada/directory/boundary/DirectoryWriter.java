package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jornada.directory.control.ImportReport;
import org.jornada.platform.control.NameKey;
import org.jornada.directory.control.ParsedRow;
import org.jornada.directory.entity.Certification;
import org.jornada.directory.entity.Debarment;
import org.jornada.directory.entity.DirectoryEntry;
import org.jornada.directory.entity.EnforcementAction;
import org.jornada.directory.entity.EntityKind;
import org.jornada.directory.entity.RecruiterDisclosure;

/**
 * Writes one batch of imported rows in its own transaction: finds or creates the directory entry
 * each row names ({@link NameKey}; merged entries lead to their survivor; a pinned entry takes
 * only its own name), then inserts or updates the certification, enforcement action or debarment
 * by its natural key, so the same file imported twice changes nothing.
 */
@ApplicationScoped
public class DirectoryWriter {

    static final BigDecimal SAME_NAME = BigDecimal.ONE.setScale(3);
    static final BigDecimal SAME_KEY = new BigDecimal("0.900");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Loads every entry's matching facts for an import run (one query). */
    @Transactional
    public NameBook book() {
        NameBook book = new NameBook();
        em.createQuery("SELECT e.id, e.kind, e.matchKey, e.name, e.state, e.pinned, e.mergedInto FROM DirectoryEntry e",
                Object[].class).getResultStream().forEach(r -> book.load((EntityKind) r[1], (String) r[2],
                        new NameBook.Candidate((Long) r[0], (String) r[3], (String) r[4], (Boolean) r[5], (Long) r[6])));
        return book;
    }

    /**
     * Writes a batch: first the entries its rows name (new ones inserted together), then the
     * certifications, actions and debarments, looked up by their keys in one query each.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(List<ParsedRow> batch, NameBook book, ImportReport report) {
        Map<ParsedRow, NameBook.Candidate> parties = new java.util.IdentityHashMap<>();
        Map<ParsedRow, Long> agents = new java.util.IdentityHashMap<>();
        if (!batch.isEmpty() && batch.get(0) instanceof ParsedRow.RecruiterListing) {
            recruiterList(batch, book, report);
            return;
        }
        for (ParsedRow row : batch) {
            ParsedRow.Party party = party(row);
            boolean create = !(row instanceof ParsedRow.Enforcement e) || e.isH2();
            resolve(party, create, book, report).ifPresent(c -> parties.put(row, c));
            if (row instanceof ParsedRow.Disclosure d && d.agent() != null) {
                resolve(d.agent(), true, book, report).ifPresent(c -> agents.put(row, c.id()));
            }
        }
        em.flush();
        Map<String, Certification> certifications = existing(batch, ParsedRow.Disclosure.class,
                d -> d.facts().caseNumber(), "SELECT c FROM Certification c WHERE c.caseNumber IN :keys",
                Certification.class, Certification::getCaseNumber);
        Map<String, EnforcementAction> actions = existing(batch, ParsedRow.Enforcement.class,
                e -> e.facts().caseId(), "SELECT a FROM EnforcementAction a WHERE a.caseId IN :keys",
                EnforcementAction.class, EnforcementAction::getCaseId);
        Map<String, Debarment> debarments = existing(batch, ParsedRow.DebarmentRow.class, ParsedRow.DebarmentRow::rowKey,
                "SELECT d FROM Debarment d WHERE d.rowKey IN :keys", Debarment.class, Debarment::getRowKey);
        for (ParsedRow row : batch) {
            NameBook.Candidate party = parties.get(row);
            if (party == null) {
                report.skip(row.number(), "no H-2A or H-2B violation, and the employer is not in the directory");
            } else if (row instanceof ParsedRow.Disclosure d) {
                certification(d, party, agents.get(row), certifications, report);
            } else if (row instanceof ParsedRow.Enforcement e) {
                enforcement(e, party, actions, report);
            } else if (row instanceof ParsedRow.DebarmentRow b) {
                debarment(b, party, debarments, report);
            }
        }
    }

    private static ParsedRow.Party party(ParsedRow row) {
        if (row instanceof ParsedRow.Disclosure d) {
            return d.employer();
        }
        if (row instanceof ParsedRow.Enforcement e) {
            return e.employer();
        }
        return ((ParsedRow.DebarmentRow) row).party();
    }

    private <R extends ParsedRow, E> Map<String, E> existing(List<ParsedRow> batch, Class<R> type,
            java.util.function.Function<R, String> key, String jpql, Class<E> entity,
            java.util.function.Function<E, String> keyOf) {
        List<String> keys = batch.stream().filter(type::isInstance).map(type::cast).map(key).distinct().toList();
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, E> found = new HashMap<>();
        em.createQuery(jpql, entity).setParameter("keys", keys).getResultStream().forEach(e -> found.put(keyOf.apply(e), e));
        return found;
    }

    private void certification(ParsedRow.Disclosure row, NameBook.Candidate employer, Long agent,
            Map<String, Certification> existing, ImportReport report) {
        Certification known = existing.get(row.facts().caseNumber());
        if (known == null) {
            Certification created = new Certification(row.facts(), employer.id(), agent);
            created.matchedWith(confidence(employer, row.employer()));
            em.persist(created);
            existing.put(row.facts().caseNumber(), created);
            report.count("certifications.created");
        } else if (known.update(row.facts())) {
            report.count("certifications.updated");
        } else {
            report.count("certifications.unchanged");
        }
    }

    private void enforcement(ParsedRow.Enforcement row, NameBook.Candidate employer,
            Map<String, EnforcementAction> existing, ImportReport report) {
        EnforcementAction known = existing.get(row.facts().caseId());
        if (known == null) {
            EnforcementAction created = new EnforcementAction(row.facts(), employer.id());
            created.matchedWith(confidence(employer, row.employer()));
            em.persist(created);
            existing.put(row.facts().caseId(), created);
            report.count("enforcement.created");
        } else if (known.update(row.facts())) {
            report.count("enforcement.updated");
        } else {
            report.count("enforcement.unchanged");
        }
    }

    private void debarment(ParsedRow.DebarmentRow row, NameBook.Candidate entity, Map<String, Debarment> existing,
            ImportReport report) {
        if (existing.containsKey(row.rowKey())) {
            report.count("debarments.unchanged");
            return;
        }
        Debarment created = new Debarment(entity.id(), row.party().name(), row.start(), row.end(), row.violation(),
                row.citation(), row.rowKey());
        em.persist(created);
        existing.put(row.rowKey(), created);
        report.count("debarments.created");
    }

    /** A batch of recruiter list rows: the recruiters and sub-recruiters found or made, then one row per pair. */
    private void recruiterList(List<ParsedRow> batch, NameBook book, ImportReport report) {
        Map<String, RecruiterDisclosure> existing = existing(batch, ParsedRow.RecruiterListing.class,
                l -> l.rowKey(null), "SELECT d FROM RecruiterDisclosure d WHERE d.rowKey IN :keys",
                RecruiterDisclosure.class, RecruiterDisclosure::getRowKey);
        List<String> subKeys = batch.stream().map(ParsedRow.RecruiterListing.class::cast)
                .flatMap(l -> l.subRecruiters().stream().map(l::rowKey)).distinct().toList();
        if (!subKeys.isEmpty()) {
            em.createQuery("SELECT d FROM RecruiterDisclosure d WHERE d.rowKey IN :keys", RecruiterDisclosure.class)
                    .setParameter("keys", subKeys).getResultStream().forEach(d -> existing.put(d.getRowKey(), d));
        }
        for (ParsedRow row : batch) {
            ParsedRow.RecruiterListing listing = (ParsedRow.RecruiterListing) row;
            long recruiter = resolve(listing.recruiter(), true, book, report).orElseThrow().id();
            disclose(listing, recruiter, null, null, existing, report);
            for (ParsedRow.Party sub : listing.subRecruiters()) {
                disclose(listing, recruiter, sub, resolve(sub, true, book, report).orElseThrow().id(), existing, report);
            }
        }
    }

    private void disclose(ParsedRow.RecruiterListing listing, long recruiter, ParsedRow.Party sub, Long subId,
            Map<String, RecruiterDisclosure> existing, ImportReport report) {
        String key = listing.rowKey(sub);
        if (existing.containsKey(key)) {
            report.count("recruiterRows.unchanged");
            return;
        }
        RecruiterDisclosure created = new RecruiterDisclosure(listing.caseSuffix(), listing.caseNumber(),
                listing.fiscalYear(), listing.visaClass(), recruiter, subId, listing.employerName(), key);
        em.persist(created);
        existing.put(key, created);
        report.count("recruiterRows.created");
    }

    private static BigDecimal confidence(NameBook.Candidate entry, ParsedRow.Party party) {
        return entry.name().equalsIgnoreCase(party.name().strip()) ? SAME_NAME : SAME_KEY;
    }

    /** The entry a name stands for; created when {@code create} and nothing matches. */
    Optional<NameBook.Candidate> resolve(ParsedRow.Party party, boolean create, NameBook book, ImportReport report) {
        String key = NameKey.of(party.name());
        Optional<NameBook.Candidate> match = book.find(party.kind(), key, party.name().strip(), party.state());
        if (match.isPresent() || !create) {
            return match;
        }
        DirectoryEntry created = new DirectoryEntry(party.kind(), party.name(), party.city(), party.state(),
                party.country(), Instant.now(clock));
        created.learn(party.tradeName(), party.city(), party.fein());
        em.persist(created);
        NameBook.Candidate candidate = new NameBook.Candidate(created.getId(), created.getName(), created.getState(),
                false, null);
        book.created(party.kind(), created.getMatchKey(), candidate);
        report.count("entities.created");
        return Optional.of(candidate);
    }
}
