package org.jornada.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.jornada.platform.control.DatabaseSettings;
import org.jornada.platform.control.Settings;

/**
 * Who runs this portal, as a worker must be able to read it on every page (the footer) and on
 * the About and privacy page: {@code JORNADA_ORG_NAME}, {@code JORNADA_ORG_PHONE} (a number a
 * phone can dial and text), {@code JORNADA_ORG_EMAIL}, {@code JORNADA_ORG_HOURS} (when someone
 * answers the phone). Unset, the page says plainly that the organization has not given its name.
 *
 * <p>The demo (the embedded database with demo data, {@code JORNADA_DEMO} not false) with none of
 * name, phone and email set uses a fictional organization, named as fictional, with a number of
 * the range kept for fiction (555-0100): referrals can be tried end to end, and no page offers to
 * call or text it ({@link #getPhoneLink()} is empty for it). A real deployment sets its own.
 */
@Named("organization")
@ApplicationScoped
public class Organization {

    /** The demo's fictional organization, used only while {@link #isFictional()}. */
    public static final String FICTIONAL_NAME = "Centro de Trabajadores Demo (ficticio)";
    public static final String FICTIONAL_PHONE = "+1 (912) 555-0100";

    private static Optional<String> setting(String name) {
        return Settings.get(name).filter(v -> v.length() <= 200);
    }

    /** The demo runs with nothing of the organization set: its name and phone are the fictional ones. */
    public boolean isFictional() {
        return DatabaseSettings.isEmbedded() && Settings.demoWanted()
                && setting("JORNADA_ORG_NAME").isEmpty() && setting("JORNADA_ORG_PHONE").isEmpty()
                && setting("JORNADA_ORG_EMAIL").isEmpty();
    }

    public String getName() {
        return setting("JORNADA_ORG_NAME").orElse(isFictional() ? FICTIONAL_NAME : null);
    }

    /** The phone as shown, e.g. "+1 (912) 555-0100". */
    public String getPhone() {
        return setting("JORNADA_ORG_PHONE").orElse(isFictional() ? FICTIONAL_PHONE : null);
    }

    /** The phone for {@code tel:} and {@code sms:} links: digits and a leading plus only. */
    public String getPhoneLink() {
        String phone = getPhone();
        if (phone == null || isFictional()) {
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

    /**
     * What an authority would lack to reach a worker through the organization: {@code "name"}, or
     * {@code "contact"} (neither phone nor email); empty when both are set. A referral needs both.
     */
    public Optional<String> missingForReferral() {
        if (getName() == null) {
            return Optional.of("name");
        }
        return getPhone() == null && getEmail() == null ? Optional.of("contact") : Optional.empty();
    }
}
