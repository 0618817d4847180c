package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void mexicanMobileWrittenWithOrWithoutTheOldOneIsOnePerson() {
        for (String written : new String[] {"whatsapp:+5215512345678", "+52 1 55 1234 5678", "5215512345678",
                "525512345678", "+52 55 1234 5678", "+52 (55) 1234-5678", "WhatsApp:+525512345678"}) {
            assertEquals(Optional.of("+525512345678"), PhoneNumbers.normalize(written), written);
        }
    }

    @Test
    void usNumbersWithOrWithoutCountryCodeAreOne() {
        for (String written : new String[] {"+1 (650) 555-1212", "6505551212", "16505551212",
                "whatsapp:+16505551212", "sms:+16505551212", " +1 650.555.1212 "}) {
            assertEquals(Optional.of("+16505551212"), PhoneNumbers.normalize(written), written);
        }
    }

    @Test
    void otherCountriesKeepTheirDigits() {
        assertEquals(Optional.of("+50255123456"), PhoneNumbers.normalize("+502 5512 3456"));
        assertEquals(Optional.of("+50255123456"), PhoneNumbers.normalize("50255123456"));
    }

    @Test
    void bareTenDigitsAreReadInTheGivenRegion() {
        assertEquals(Optional.of("+525512345678"), PhoneNumbers.normalize("5512345678", "MX"));
    }

    @Test
    void whatIsNotAPhoneNumberIsEmpty() {
        for (String written : new String[] {null, "", "hola", "+", "12", "whatsapp:", "+52", "AYUDA",
                "1".repeat(30), "+1 650 555 1212 ext 4", "+99912345678", "5".repeat(41), "+52 55 1234 567a"}) {
            assertTrue(PhoneNumbers.normalize(written).isEmpty(), String.valueOf(written));
        }
    }
}
