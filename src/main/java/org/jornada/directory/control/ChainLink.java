package org.jornada.directory.control;

import java.util.List;
import java.util.Set;
import org.jornada.directory.entity.EntityKind;

/**
 * One other link of the recruitment chain, as seen from an entry: the entry at the other end, the
 * seasons, worksite states and crops of the certifications that link them, the workers DOL
 * certified on those, where the link comes from, and the verified complaints linked to both
 * entries ({@code null} under the minimum: small numbers identify people).
 *
 * @param relation how the other entry stands to this one: {@code AGENT}, {@code EMPLOYER},
 *        {@code RECRUITER}, {@code SUB_RECRUITER} (works for a recruiter of this chain) or
 *        {@code WORKS_FOR} (the recruiter this sub-recruiter worked for)
 * @param via for a sub-recruiter seen from an employer, the recruiter it worked for; else null
 */
public record ChainLink(EntityKind kind, long id, String name, String relation, String via, List<Integer> seasons,
        List<String> states, List<String> crops, int workersCertified, Set<ChainSource> sources,
        Long verifiedComplaints) {
}
