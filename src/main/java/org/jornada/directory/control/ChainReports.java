package org.jornada.directory.control;

import java.util.Map;

/**
 * What workers' verified cases say of the recruitment chain (issue #28), asked by the directory
 * and answered by the feature that keeps cases (casework), so the directory does not depend on
 * it. A case counts when staff verified it (VERIFIED, ESCALATED or RESOLVED) and linked it to the
 * entries. The answers are raw counts: the caller shows them only from {@code JORNADA_MIN_REPORTS}
 * up. Implementations are CDI beans.
 */
public interface ChainReports {

    /** Verified cases linked to this entry and to another entry, by that other entry's id. */
    Map<Long, Long> verifiedWith(long entryId);

    /** Verified cases linked to this entry. */
    long verified(long entryId);
}
