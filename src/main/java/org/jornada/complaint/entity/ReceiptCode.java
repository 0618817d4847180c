package org.jornada.complaint.entity;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The 20-digit receipt code a worker keeps to follow up anonymously (about 66 bits from
 * {@link SecureRandom}). It is shown once, in groups of four, and never stored: only its HMAC is.
 * {@link #toString()} hides the digits so that a code cannot reach a log line by accident.
 */
public final class ReceiptCode {

    public static final int LENGTH = 20;

    private final String digits;

    private ReceiptCode(String digits) {
        this.digits = digits;
    }

    public static ReceiptCode generate(SecureRandom random) {
        // One draw of random bytes, each byte under 250 giving one uniform digit (rejection
        // sampling): a call per digit made every receipt wait on the generator 20 times.
        StringBuilder digits = new StringBuilder(LENGTH);
        byte[] bytes = new byte[32];
        while (digits.length() < LENGTH) {
            random.nextBytes(bytes);
            for (int i = 0; i < bytes.length && digits.length() < LENGTH; i++) {
                int value = bytes[i] & 0xFF;
                if (value < 250) {
                    digits.append((char) ('0' + value % 10));
                }
            }
        }
        return new ReceiptCode(digits.toString());
    }

    /** Reads what a worker typed: spaces, dashes and dots are ignored; anything else fails. */
    public static Optional<ReceiptCode> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(LENGTH);
        for (char c : typed.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '.' && c != '\u00a0' && c != '\t') {
                return Optional.empty();
            }
        }
        return digits.length() == LENGTH ? Optional.of(new ReceiptCode(digits.toString())) : Optional.empty();
    }

    /** Derives a code from 64+ bits of secret material (used for idempotent form submissions). */
    public static ReceiptCode fromBytes(byte[] material) {
        java.math.BigInteger value = new java.math.BigInteger(1, material);
        String decimal = value.mod(java.math.BigInteger.TEN.pow(LENGTH)).toString();
        return new ReceiptCode("0".repeat(LENGTH - decimal.length()) + decimal);
    }

    public String digits() {
        return digits;
    }

    /** {@code "1234 5678 9012 3456 7890"}. */
    public String grouped() {
        StringBuilder out = new StringBuilder(LENGTH + 4);
        for (int i = 0; i < LENGTH; i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(digits, i, i + 4);
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReceiptCode code && code.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "ReceiptCode[hidden]";
    }
}
