package org.jornada.channel.boundary;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jornada.channel.entity.OnCallHours;
import org.jornada.channel.entity.Medium;
import org.jornada.platform.control.FieldError;

/**
 * An on-call entry as the admin gives it, on the page or as the API's body: the staff account, the
 * mail address, an optional phone in E.164 with its medium, the notice's language ({@code es} when
 * not given), the days a shift starts and its hours ("HH:mm" in the organization's time zone; an
 * end not after the start crosses midnight), and whether it is active ({@code true} when not given).
 */
public record OnCallInput(Long staffAccountId, String email, String phone, Medium medium, String language,
        List<DayOfWeek> days, String from, String to, Boolean active) {

    static final String EMAIL = "(?=.{3,254}$)[^@\\s<>\"',;]+@[^@\\s<>\"',;]+\\.[^@\\s<>\"',;]+";
    static final String E164 = "\\+[1-9][0-9]{7,14}";

    /** Every field that breaks a rule of its own (the account is checked against the accounts). */
    List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (staffAccountId == null) {
            problems.add(new FieldError("staffAccountId", "oncall.account.invalid"));
        }
        if (email() == null || !email().matches(EMAIL)) {
            problems.add(new FieldError("email", "oncall.email.invalid"));
        }
        if (phone() != null && !phone().matches(E164)) {
            problems.add(new FieldError("phone", "oncall.phone.invalid"));
        }
        if (phone() != null && medium == null) {
            problems.add(new FieldError("medium", "oncall.medium.required"));
        }
        if (language != null && !List.of("es", "en").contains(language)) {
            problems.add(new FieldError("language", "oncall.language.invalid"));
        }
        if (days == null || days.isEmpty() || days.contains(null)) {
            problems.add(new FieldError("days", "oncall.days.required"));
        }
        if (OnCallHours.minuteOf(from).isEmpty()) {
            problems.add(new FieldError("from", "oncall.time.invalid"));
        }
        if (OnCallHours.minuteOf(to).isEmpty()) {
            problems.add(new FieldError("to", "oncall.time.invalid"));
        }
        return problems;
    }

    /** The address without surrounding blanks; null when none. */
    @Override
    public String email() {
        return blankless(email);
    }

    /** The phone without blanks, dots, dashes or brackets; null when none. */
    @Override
    public String phone() {
        String cleaned = blankless(phone);
        return cleaned == null ? null : cleaned.replaceAll("[\\s.()-]", "");
    }

    String languageOrDefault() {
        return language == null ? "es" : language;
    }

    boolean activeOrDefault() {
        return active == null || active;
    }

    /** The hours, once {@link #problems()} found none. */
    OnCallHours hours() {
        return new OnCallHours(OnCallHours.mask(days), OnCallHours.minuteOf(from).orElseThrow(),
                OnCallHours.minuteOf(to).orElseThrow());
    }

    private static String blankless(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
    }
}
