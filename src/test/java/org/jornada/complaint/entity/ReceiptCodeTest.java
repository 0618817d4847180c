package org.jornada.complaint.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.jornada.complaint.control.ReceiptHasher;
import org.junit.jupiter.api.Test;

class ReceiptCodeTest {

    private static final byte[] SECRET = "a server pepper of at least 16 bytes".getBytes();

    @Test
    void isTwentyDigitsShownInGroupsOfFour() {
        ReceiptCode code = ReceiptCode.generate(new SecureRandom());
        assertTrue(code.digits().matches("\\d{20}"));
        assertTrue(code.grouped().matches("\\d{4}( \\d{4}){4}"));
        assertEquals(code.digits(), code.grouped().replace(" ", ""));
    }

    @Test
    void comesFromSecureRandomWithUniformDigitsAndNoRepeats() {
        SecureRandom random = new SecureRandom();
        int[] counts = new int[10];
        Set<String> seen = new HashSet<>();
        int codes = 20_000;
        for (int i = 0; i < codes; i++) {
            String digits = ReceiptCode.generate(random).digits();
            assertTrue(seen.add(digits), "a 66-bit code repeated");
            digits.chars().forEach(c -> counts[c - '0']++);
        }
        double expected = codes * 20 / 10.0;
        double chiSquare = 0;
        for (int count : counts) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        // 9 degrees of freedom: 27.88 is the 0.1% critical value
        assertTrue(chiSquare < 27.88, "digits are not uniform: chi2=" + chiSquare);
    }

    @Test
    void readsWhatWorkersTypeIgnoringSpacesAndDashes() {
        ReceiptCode code = ReceiptCode.parse("12345678901234567890").orElseThrow();
        assertEquals(code, ReceiptCode.parse("1234 5678 9012 3456 7890").orElseThrow());
        assertEquals(code, ReceiptCode.parse(" 1234-5678-9012-3456-7890 ").orElseThrow());
        assertFalse(ReceiptCode.parse("1234 5678 9012 3456 789").isPresent());
        assertFalse(ReceiptCode.parse("1234 5678 9012 3456 78901").isPresent());
        assertFalse(ReceiptCode.parse("1234 5678 9012 3456 789O").isPresent());
        assertFalse(ReceiptCode.parse("'; DROP TABLE complaint; --").isPresent());
        assertFalse(ReceiptCode.parse(null).isPresent());
    }

    @Test
    void neverShowsItsDigitsInToString() {
        ReceiptCode code = ReceiptCode.parse("12345678901234567890").orElseThrow();
        assertFalse(code.toString().contains("1234"));
    }

    @Test
    void isLookedUpByHmacUnderTheServerSecret() {
        ReceiptHasher hasher = new ReceiptHasher(SECRET);
        ReceiptCode code = ReceiptCode.parse("12345678901234567890").orElseThrow();
        String hash = hasher.hash(code);
        assertTrue(hash.matches("[0-9a-f]{64}"));
        assertFalse(hash.contains("1234567890"));
        assertEquals(hash, hasher.hash(ReceiptCode.parse("1234-5678-9012-3456-7890").orElseThrow()));
        assertNotEquals(hash, new ReceiptHasher("another server pepper, 16+ bytes".getBytes()).hash(code));
        assertNotEquals(hash, hasher.hash(ReceiptCode.parse("12345678901234567891").orElseThrow()));
    }

    @Test
    void aFormSubmissionTokenAlwaysYieldsTheSameReceiptAndKey() {
        ReceiptHasher hasher = new ReceiptHasher(SECRET);
        assertEquals(hasher.receiptFor("token-A"), hasher.receiptFor("token-A"));
        assertNotEquals(hasher.receiptFor("token-A"), hasher.receiptFor("token-B"));
        assertEquals(hasher.submissionKey("token-A"), hasher.submissionKey("token-A"));
        assertTrue(hasher.receiptFor("token-A").digits().matches("\\d{20}"));
    }
}
