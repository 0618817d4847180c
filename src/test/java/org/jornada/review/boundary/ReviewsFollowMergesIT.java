package org.jornada.review.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jornada.directory.boundary.DirectoryImport;
import org.jornada.directory.boundary.DirectoryIndex;
import org.jornada.directory.boundary.MergeDirectoryEntries;
import org.jornada.directory.control.EntryRatings;
import org.jornada.directory.control.ImportKind;
import org.jornada.directory.entity.EntityKind;
import org.jornada.staff.boundary.StaffAccounts;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reviews' side of the directory's hooks, inside the container: a merge of two entries
 * ({@code DirectoryEntriesMerged}, observed in the merge's transaction) takes the merged entry's
 * reviews to the survivor, and the ratings published for the pattern rankings
 * ({@link EntryRatings}) count published reviews only.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewsFollowMergesIT {

    @Inject
    StaffAccounts staff;

    @Inject
    DirectoryImport directoryImport;

    @Inject
    DirectoryIndex directoryIndex;

    @Inject
    MergeDirectoryEntries mergeEntries;

    @Inject
    Reviews reviews;

    @Inject
    EntryRatings ratings;

    /** Two employers of one name in two states, imported through the real importer: [GA, SC]. */
    private long[] twoEmployers(String name) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String csv = "CASE_NUMBER,EMPLOYER_NAME,EMPLOYER_STATE,REQUESTED_BEGIN_DATE\n"
                + "H-300-RVM-" + tag + "-1,\"" + name + "\",GA,2026-03-01\n"
                + "H-300-RVM-" + tag + "-2,\"" + name + "\",SC,2026-03-01\n";
        directoryImport.run(ImportKind.H2A_DISCLOSURE, "reviews-merge.csv", 2026,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        List<DirectoryIndex.Entry> two = directoryIndex.search(name, null, null, 5);
        return new long[] {two.stream().filter(e -> "GA".equals(e.state())).findFirst().orElseThrow().id(),
                two.stream().filter(e -> "SC".equals(e.state())).findFirst().orElseThrow().id()};
    }

    private void rate(long entry, int overall, String text) throws Reviews.ReviewRefusedException {
        reviews.submit(new Reviews.Submission(EntityKind.EMPLOYER, entry, overall, Map.of(), 2026, text, null));
    }

    private static String average(EntryRatings.Rating rating) {
        return rating.average().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void theMergedEntrysReviewsMoveToTheSurvivorInTheMergesTransaction() throws Exception {
        String name = "Merged Reviews " + UUID.randomUUID().toString().substring(0, 6) + " Farms";
        long[] entries = twoEmployers(name);
        long georgia = entries[0];
        long carolina = entries[1];
        rate(georgia, 5, null);
        rate(carolina, 2, null);
        rate(carolina, 2, null);
        StaffAccount account = staff.createAccount("supervisor-" + UUID.randomUUID().toString().substring(0, 8),
                Role.SUPERVISOR, "long enough staff passphrase 42");
        mergeEntries.run(new StaffPrincipal(account.getId(), account.getUsername(), Role.SUPERVISOR),
                new MergeDirectoryEntries.Input(carolina, georgia));
        Map<Long, EntryRatings.Rating> after = ratings.published(List.of(georgia, carolina));
        assertEquals(List.of(georgia), List.copyOf(after.keySet()), "the merged entry keeps no review");
        assertEquals(3, after.get(georgia).reviews());
        assertEquals("3.0", average(after.get(georgia)), "(5 + 2 + 2) / 3");
    }

    @Test
    void theRatingsPublishedForTheRankingsCountOnlyPublishedReviews() throws Exception {
        long[] entries = twoEmployers("Rated Once " + UUID.randomUUID().toString().substring(0, 6) + " Farms");
        rate(entries[0], 4, null);
        rate(entries[0], 1, "Nos pagaron tarde cada semana");
        Map<Long, EntryRatings.Rating> published = ratings.published(List.of(entries[0], entries[1]));
        assertEquals(Map.of(entries[0], 1L), Map.of(entries[0], published.get(entries[0]).reviews()),
                "the review with a text waits for a moderator; the other entry has none: " + published);
        assertEquals(1, published.size());
        assertEquals(0, new BigDecimal(4).compareTo(published.get(entries[0]).average()));
        assertEquals(Map.of(), ratings.published(List.of()));
    }
}
