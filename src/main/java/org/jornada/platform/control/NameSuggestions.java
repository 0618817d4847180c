package org.jornada.platform.control;

import java.util.List;

/**
 * Known employer and recruiter names like the one a worker typed, so the complaint says the name
 * the way the directory knows it (which lets staff link the case at once). The directory feature
 * implements it; the complaint feature needs nothing else of the directory.
 */
public interface NameSuggestions {

    List<String> employersLike(String typed, int limit);

    List<String> recruitersLike(String typed, int limit);
}
