package org.jornada.staff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaffCredentialsTest {

    /** RFC 6238 appendix B, SHA-1 secret "12345678901234567890". */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void totpMatchesTheRfc6238TestVectors() {
        assertEquals("94287082", Totp.code(RFC_KEY, 59 / 30, 8));
        assertEquals("07081804", Totp.code(RFC_KEY, 1111111109L / 30, 8));
        assertEquals("14050471", Totp.code(RFC_KEY, 1111111111L / 30, 8));
        assertEquals("89005924", Totp.code(RFC_KEY, 1234567890L / 30, 8));
        assertEquals("69279037", Totp.code(RFC_KEY, 2000000000L / 30, 8));
    }

    @Test
    void totpAcceptsTheCurrentStepAndOneEitherSideOnly() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-28T10:00:10Z");
        assertTrue(Totp.verify(secret, Totp.code(secret, now), now));
        assertTrue(Totp.verify(secret, Totp.code(secret, now.minusSeconds(30)), now));
        assertTrue(Totp.verify(secret, Totp.code(secret, now.plusSeconds(30)), now));
        assertFalse(Totp.verify(secret, Totp.code(secret, now.minusSeconds(90)), now));
        assertFalse(Totp.verify(secret, "12345", now));
        assertFalse(Totp.verify(secret, null, now));
        assertTrue(Totp.uri("Jornada", "ana@centro", secret).startsWith("otpauth://totp/Jornada%3Aana%40centro?secret="));
    }

    @Test
    void passwordsAreHashedWithPbkdf2AtTwoHundredTenThousandIterations() {
        String stored = PasswordHasher.hash("correct horse battery staple".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha256$210000$"));
        assertTrue(PasswordHasher.verify("correct horse battery staple".toCharArray(), stored));
        assertFalse(PasswordHasher.verify("correct horse battery stapler".toCharArray(), stored));
        assertNotEquals(stored, PasswordHasher.hash("correct horse battery staple".toCharArray()), "salted");
        assertFalse(PasswordHasher.needsRehash(stored));
        assertFalse(PasswordHasher.verify("x".toCharArray(), "plain-text"));
    }

    @Test
    void passwordsNeedTwelveCharactersAndMustNotBeCommon() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem("Corto2026!"));
        assertEquals(Optional.of("password.common"), PasswordPolicy.problem("123456789012"));
        assertEquals(Optional.of("password.common"), PasswordPolicy.problem("Password2026!!"));
        assertEquals(Optional.of("password.common"), PasswordPolicy.problem("contraseña12345"));
        assertEquals(Optional.of("password.common"), PasswordPolicy.problem("aaaaaaaaaaaaaa"));
        assertEquals(Optional.of("password.common"), PasswordPolicy.problem("abcdefghijklm"));
        assertEquals(Optional.empty(), PasswordPolicy.problem("milpa azul en la sierra"));
    }
}
