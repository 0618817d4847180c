package org.jornada.pattern.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Complaints per 100 workers certified for the same entity in the same seasons (DOL disclosure
 * data). Below {@link #MIN_CERTIFIED} certified workers there is no rate: two complaints among
 * three workers would read as 67 per 100 and rank first on noise (the pages say "too few
 * certified workers for a rate").
 */
public final class Rates {

    /** The fewest certified workers a rate is computed for. */
    public static final int MIN_CERTIFIED = 20;

    private Rates() {
    }

    /** The rate with one decimal, or null when there is no rate (too few certified workers, or the count is hidden). */
    public static BigDecimal per100(Long complaints, Long certified) {
        if (complaints == null || certified == null || certified < MIN_CERTIFIED) {
            return null;
        }
        return BigDecimal.valueOf(complaints).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(certified), 1, RoundingMode.HALF_UP);
    }
}
