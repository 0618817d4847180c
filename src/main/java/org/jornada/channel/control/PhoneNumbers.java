package org.jornada.channel.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * A sender's number as every provider writes it, brought to one E.164 string, so one person is one
 * conversation key whatever way the number came: {@code whatsapp:+5215512345678} (Twilio),
 * {@code 5215512345678} (Meta, without the plus), {@code +52 1 55 1234 5678} (typed), {@code 6505551212}
 * (the Android gateway, as the carrier gave it).
 * <p>
 * Mexico dropped the mobile prefix "1" in 2019, but WhatsApp still names many Mexican users
 * {@code 521…}: a Mexican number of eleven national digits that starts with 1 loses that 1, so
 * {@code +5215512345678} and {@code +525512345678} are the same person ({@code +525512345678}).
 * Digits without a plus are international when they are longer than a national number (Meta always
 * writes them so); ten digits alone are read in {@link #DEFAULT_REGION}, where the camps' SIM cards are.
 *
 * <pre>{@code
 * PhoneNumbers.normalize("whatsapp:+5215512345678") // Optional[+525512345678]
 * PhoneNumbers.normalize("hola")                    // Optional.empty
 * }</pre>
 */
public final class PhoneNumbers {

    /** Where a bare ten-digit number is read: guest workers' SIM cards in the camps are American. */
    public static final String DEFAULT_REGION = "US";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MEXICO = 52;
    /** Longer than any E.164 number (15 digits) with room for spaces and a prefix; more is not a number. */
    private static final int MAX_LENGTH = 40;

    private PhoneNumbers() {
    }

    /** The number in E.164 ({@code +525512345678}), or empty when it is not a possible phone number. */
    public static Optional<String> normalize(String raw) {
        return normalize(raw, DEFAULT_REGION);
    }

    /** As {@link #normalize(String)}, reading a bare national number in {@code region} (ISO 3166 code). */
    public static Optional<String> normalize(String raw, String region) {
        if (raw == null || raw.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String text = withoutScheme(raw.strip());
        String digits = text.replaceAll("[\\s().\\-]", "");
        if (!digits.matches("\\+?[0-9]{4,17}")) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = digits.startsWith("+") ? UTIL.parse(digits, "ZZ")
                    : digits.length() > 10 ? UTIL.parse("+" + digits, "ZZ") : UTIL.parse(digits, region);
            number = withoutMexicanMobileOne(number);
            if (!UTIL.isPossibleNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    private static String withoutScheme(String text) {
        int colon = text.indexOf(':');
        if (colon > 0 && colon < 10 && text.substring(0, colon).matches("[A-Za-z]+")) {
            return text.substring(colon + 1).strip();
        }
        return text;
    }

    /** {@code +52 1 XX XXXX XXXX} (the pre-2019 mobile form WhatsApp keeps) as {@code +52 XX XXXX XXXX}. */
    private static PhoneNumber withoutMexicanMobileOne(PhoneNumber number) {
        String national = UTIL.getNationalSignificantNumber(number);
        if (number.getCountryCode() == MEXICO && national.length() == 11 && national.charAt(0) == '1') {
            return new PhoneNumber().setCountryCode(MEXICO).setNationalNumber(Long.parseLong(national.substring(1)));
        }
        return number;
    }
}
