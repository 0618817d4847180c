package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jornada.platform.control.NameKey;

/**
 * Finds case names through their keys ({@link NameKey}) and the word index ({@code name_word},
 * V9), never by scanning the typed text against the cases: "agricola san jose" finds "Agrícola San
 * José DEMO S.A." because every typed word starts a word of that name's key, whatever the accents,
 * case, legal suffix or order.
 */
@ApplicationScoped
public class CaseNames {

    /** A word held by more keys than this is too common to list its keys; it is checked on the others'. */
    static final int BROAD = 5000;
    /** Keys beyond this make the filter a scan again (the caller falls back). */
    static final int MAX_KEYS = 5000;

    @PersistenceContext
    EntityManager em;

    /**
     * The keys holding every word of the typed text, each typed word as the start of a key word;
     * empty (no keys) when the text has no words; absent when the words are all too common to
     * list (the caller falls back to a scan).
     */
    public Optional<Set<String>> keysStartingWithAll(String text) {
        List<String> typed = NameKey.indexWords(text);
        if (typed.isEmpty()) {
            return Optional.of(Set.of());
        }
        List<String> ordered = new ArrayList<>(typed);
        ordered.sort(Comparator.comparingInt(String::length).reversed()); // longer words are rarer
        Set<String> keys = null;
        List<String> broad = new ArrayList<>();
        for (String word : ordered) {
            List<String> found = keys(word, true);
            if (found.size() > BROAD) {
                broad.add(word);
                continue;
            }
            if (keys == null) {
                keys = new LinkedHashSet<>(found);
            } else {
                keys.retainAll(new HashSet<>(found));
            }
            if (keys.isEmpty()) {
                return Optional.of(Set.of());
            }
        }
        if (keys == null) {
            return Optional.empty();
        }
        keys.removeIf(key -> !broad.stream().allMatch(w -> hasWordStarting(key, w)));
        return keys.size() > MAX_KEYS ? Optional.empty() : Optional.of(keys);
    }

    /**
     * Keys of the same business as this key: the key itself, and for names of two words or more,
     * the keys holding all of its words (a fuller name) or made only of its words (a shorter one).
     */
    public Set<String> relatedKeys(String key) {
        if (key == null || key.isBlank()) {
            return Set.of();
        }
        Set<String> related = new LinkedHashSet<>();
        related.add(key);
        List<String> mine = Arrays.asList(key.split(" "));
        if (mine.size() < 2) {
            return related;
        }
        Map<String, Integer> shared = new HashMap<>();
        for (String word : new LinkedHashSet<>(mine)) {
            List<String> found = keys(word, false);
            if (found.size() <= BROAD) {
                found.forEach(k -> shared.merge(k, 1, Integer::sum));
            }
        }
        int distinct = new HashSet<>(mine).size();
        shared.forEach((other, count) -> {
            int words = new HashSet<>(Arrays.asList(other.split(" "))).size();
            boolean fuller = count == distinct;
            boolean shorter = count == words && words >= 2;
            if ((fuller || shorter) && related.size() < 200) {
                related.add(other);
            }
        });
        return related;
    }

    private List<String> keys(String word, boolean prefix) {
        // folded words are letters and digits only: nothing to escape in LIKE
        String sql = prefix ? "SELECT name_key FROM name_word WHERE word LIKE ?1"
                : "SELECT name_key FROM name_word WHERE word = ?1";
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery(sql).setParameter(1, prefix ? word + "%" : word)
                .setMaxResults(BROAD + 1).getResultList();
        return found;
    }

    private static boolean hasWordStarting(String key, String start) {
        for (String word : key.split(" ")) {
            if (word.startsWith(start)) {
                return true;
            }
        }
        return false;
    }
}
