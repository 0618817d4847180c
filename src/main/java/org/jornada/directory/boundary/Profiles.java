package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jornada.directory.entity.Certification;
import org.jornada.directory.entity.Debarment;
import org.jornada.directory.entity.DirectoryEntry;
import org.jornada.directory.entity.EnforcementAction;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.control.Settings;

/**
 * Public profiles of employers, recruiters and agents: who and where, DOL certification history
 * by season, WHD enforcement history, debarments, and what workers report. Counts that fewer
 * than {@link #minimumReports()} workers stand behind are withheld ("not enough reports yet"):
 * small numbers identify people.
 */
@ApplicationScoped
@Transactional
public class Profiles {

    @PersistenceContext
    EntityManager em;

    /** {@code JORNADA_MIN_REPORTS}: how many workers must stand behind a public count (default 5). */
    public static int minimumReports() {
        return Settings.get("JORNADA_MIN_REPORTS")
                .filter(v -> v.matches("\\d{1,3}")).map(Integer::valueOf).filter(v -> v >= 1).orElse(5);
    }

    /** One season (fiscal year, or the year the work began) of certifications. */
    public record Season(int year, int cases, int workersCertified, List<String> visaClasses, List<String> crops) {

        /** The visa classes as words: "H-2A, H-2B". */
        public String visaText() {
            return String.join(", ", visaClasses);
        }

        /** The crops or jobs as words: "Onions, Peppers". */
        public String cropsText() {
            return String.join(", ", crops);
        }

        /** The same in a page's language ("Cebollas, Chiles" on Spanish pages, where known). */
        public String cropsIn(java.util.Locale language) {
            return String.join(", ", crops.stream().map(c -> org.jornada.directory.control.CropNames.in(c, language))
                    .toList());
        }

    }

    public record Profile(DirectoryEntry entry, List<Season> seasons, List<EnforcementAction> enforcement,
            List<Debarment> debarments, boolean debarredNow, LocalDate enforcementDataDate, int minimumReports,
            List<org.jornada.directory.control.ChainLink> chain) {
    }

    @jakarta.inject.Inject
    RecruitmentChain chains;

    /** The profile of an entry of this kind (a merged entry shows its survivor's), if any. */
    public Optional<Profile> of(long id, EntityKind kind) {
        DirectoryEntry entry = em.find(DirectoryEntry.class, id);
        for (int hops = 0; entry != null && entry.getMergedInto() != null && hops < 10; hops++) {
            entry = em.find(DirectoryEntry.class, entry.getMergedInto());
        }
        if (entry == null || entry.getKind() != kind) {
            return Optional.empty();
        }
        String byParty = entry.getKind() == EntityKind.AGENT ? "c.agentId" : "c.employerId";
        List<Certification> certifications = em.createQuery("SELECT c FROM Certification c WHERE " + byParty
                + " = :id ORDER BY c.beginDate DESC", Certification.class).setParameter("id", entry.getId())
                .setMaxResults(5000).getResultList();
        List<EnforcementAction> enforcement = em.createQuery("SELECT a FROM EnforcementAction a WHERE a.employerId = :id"
                + " ORDER BY a.findingsEnd DESC", EnforcementAction.class).setParameter("id", entry.getId()).getResultList();
        List<Debarment> debarments = em.createQuery("SELECT d FROM Debarment d WHERE d.entityId = :id ORDER BY d.startDate DESC",
                Debarment.class).setParameter("id", entry.getId()).getResultList();
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        boolean debarredNow = debarments.stream().anyMatch(d -> (d.getStartDate() == null || !d.getStartDate().isAfter(today))
                && (d.getEndDate() == null || !d.getEndDate().isBefore(today)));
        LocalDate dataDate = enforcement.stream().map(EnforcementAction::getDataDate).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        int minimum = minimumReports();
        return Optional.of(new Profile(entry, seasons(certifications), enforcement, debarments, debarredNow, dataDate,
                minimum, chains.of(entry, minimum)));
    }

    /** The certifications of an employer entry, newest first (for a referral packet: job, crop, dates, wage, agent). */
    public List<Certification> certificationsOf(long employerId) {
        return em.createQuery("SELECT c FROM Certification c WHERE c.employerId = :id ORDER BY c.beginDate DESC",
                Certification.class).setParameter("id", employerId).setMaxResults(50).getResultList();
    }

    /** The name of a directory entry (an agent of a certification), or null. */
    public String nameOf(long entryId) {
        DirectoryEntry entry = em.find(DirectoryEntry.class, entryId);
        return entry == null ? null : entry.getName();
    }

    static List<Season> seasons(List<Certification> certifications) {
        Map<Integer, List<Certification>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Certification c : certifications) {
            Integer year = c.getFiscalYear() != null ? c.getFiscalYear()
                    : c.getBeginDate() != null ? Integer.valueOf(c.getBeginDate().getYear()) : null;
            if (year != null) {
                byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(c);
            }
        }
        List<Season> seasons = new ArrayList<>();
        byYear.forEach((year, list) -> seasons.add(new Season(year, list.size(),
                list.stream().mapToInt(c -> c.getWorkersCertified() == null ? 0 : c.getWorkersCertified()).sum(),
                List.copyOf(new TreeSet<>(list.stream().map(Certification::getVisaClass).toList())),
                List.copyOf(new TreeSet<>(list.stream().map(Certification::getCrop).filter(java.util.Objects::nonNull)
                        .toList())))));
        return seasons;
    }

    /** Total back wages and penalties of the enforcement history. */
    public static BigDecimal[] totals(List<EnforcementAction> actions) {
        BigDecimal wages = BigDecimal.ZERO;
        BigDecimal penalties = BigDecimal.ZERO;
        for (EnforcementAction a : actions) {
            wages = wages.add(a.getBackWages());
            penalties = penalties.add(a.getPenalties());
        }
        return new BigDecimal[] {wages, penalties};
    }
}
