package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.directory.control.ProfileSection;
import org.jornada.platform.control.CachedJsonProvider;

/**
 * The profile's {@code "verifiedComplaints"}: how many cases staff linked to the entry and
 * verified (VERIFIED, ESCALATED or RESOLVED), by category group, each group only when at least
 * the minimum number of cases stand behind it; {@code "enoughReports": false} otherwise.
 */
@ApplicationScoped
@Transactional
public class VerifiedComplaintsSection implements ProfileSection {

    static final List<CaseState> VERIFIED = List.of(CaseState.VERIFIED, CaseState.ESCALATED, CaseState.RESOLVED);

    @PersistenceContext
    EntityManager em;

    /** Verified cases about the entry by category group, small groups left out. */
    public Map<CategoryGroup, Long> counts(long entityId, int minimum) {
        List<Object[]> rows = em.createQuery("SELECT c.id, cat FROM Complaint c JOIN c.categories cat, CaseFile f"
                + " WHERE f.complaintId = c.id AND (c.employerEntityId = :e OR c.recruiterEntityId = :e)"
                + " AND f.state IN :states", Object[].class)
                .setParameter("e", entityId).setParameter("states", VERIFIED).getResultList();
        Map<CategoryGroup, java.util.Set<Long>> cases = new EnumMap<>(CategoryGroup.class);
        for (Object[] row : rows) {
            cases.computeIfAbsent(((Category) row[1]).group(), g -> new java.util.HashSet<>()).add((Long) row[0]);
        }
        Map<CategoryGroup, Long> shown = new EnumMap<>(CategoryGroup.class);
        cases.forEach((group, ids) -> {
            if (ids.size() >= minimum) {
                shown.put(group, (long) ids.size());
            }
        });
        return shown;
    }

    @Override
    public void addTo(JsonObjectBuilder profile, long entityId, int minimum) {
        Map<CategoryGroup, Long> counts = counts(entityId, minimum);
        JsonObjectBuilder groups = CachedJsonProvider.PROVIDER.createObjectBuilder();
        counts.forEach((group, count) -> groups.add(group.name(), count));
        profile.add("verifiedComplaints", CachedJsonProvider.PROVIDER.createObjectBuilder()
                .add("enoughReports", !counts.isEmpty()).add("byCategoryGroup", groups));
    }
}
