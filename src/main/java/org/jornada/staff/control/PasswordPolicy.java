package org.jornada.staff.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a staff password must be: at least 12 characters, not a common password, not a common
 * password with digits or symbols added at the end, not one repeated or sequential run.
 * Answers the bundle key of the problem, if any.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static Optional<String> problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String base = lower.replaceAll("[^\\p{L}]+$", "");
        if (COMMON.contains(lower) || COMMON.contains(base) || lower.chars().distinct().count() <= 2
                || isSequence(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    private static boolean isSequence(String value) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < value.length(); i++) {
            up &= value.charAt(i) == value.charAt(i - 1) + 1;
            down &= value.charAt(i) == value.charAt(i - 1) - 1;
        }
        return up || down;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
