package org.jornada.staff.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes: ten codes of ten characters (about 50 bits each) from an alphabet
 * without look-alikes, shown once at enrolment as {@code xxxxx-xxxxx}; only a hash is kept.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(11);
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** Does the typed text look like a recovery code (rather than a 6-digit TOTP code)? */
    public static boolean looksLikeOne(String typed) {
        return typed != null && normalize(typed).length() == 10;
    }

    /** The hash kept for a code of an account; case, spaces and dashes do not matter. */
    public static String hash(long staffId, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((staffId + ":" + normalize(code)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalize(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
