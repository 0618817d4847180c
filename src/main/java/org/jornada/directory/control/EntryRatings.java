package org.jornada.directory.control;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The workers' overall rating of directory entries, published by the feature that keeps the
 * reviews (a CDI bean), so that a view over the directory (the pattern rankings, for one) shows it
 * without naming that feature or its tables.
 */
public interface EntryRatings {

    /** The average overall rating of an entry's published reviews, and how many there are. */
    record Rating(BigDecimal average, long reviews) {
    }

    /** The rating of each of these entries that has at least one published review. */
    Map<Long, Rating> published(Collection<Long> entryIds);
}
