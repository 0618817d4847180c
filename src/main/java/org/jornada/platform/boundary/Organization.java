package org.jornada.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.jornada.platform.control.Settings;

/**
 * Who runs this portal, as a worker must be able to read it on every page (the footer) and on
 * the About and privacy page: {@code JORNADA_ORG_NAME}, {@code JORNADA_ORG_PHONE} (a number a
 * phone can dial and text), {@code JORNADA_ORG_EMAIL}, {@code JORNADA_ORG_HOURS} (when someone
 * answers the phone). Unset, the page says plainly that the organization has not given its name.
 */
@Named("organization")
@ApplicationScoped
public class Organization {

    private static Optional<String> setting(String name) {
        return Settings.get(name).filter(v -> v.length() <= 200);
    }

    public String getName() {
        return setting("JORNADA_ORG_NAME").orElse(null);
    }

    /** The phone as shown, e.g. "+1 (912) 555-0100". */
    public String getPhone() {
        return setting("JORNADA_ORG_PHONE").orElse(null);
    }

    /** The phone for {@code tel:} and {@code sms:} links: digits and a leading plus only. */
    public String getPhoneLink() {
        String phone = getPhone();
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.matches("\\+?[0-9]{3,15}") ? digits : null;
    }

    public String getEmail() {
        return setting("JORNADA_ORG_EMAIL").filter(e -> e.matches("[^@\\s<>\"]+@[^@\\s<>\"]+")).orElse(null);
    }

    public String getHours() {
        return setting("JORNADA_ORG_HOURS").orElse(null);
    }

    public boolean isNamed() {
        return getName() != null;
    }
}
