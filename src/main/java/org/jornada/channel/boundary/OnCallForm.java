package org.jornada.channel.boundary;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jornada.channel.entity.Medium;

/**
 * What the on-call page's form holds, as typed: kept as text so that a refused form shows it again
 * unchanged, and turned into the commands' {@link OnCallInput}.
 */
public class OnCallForm {

    private Long staffAccountId;
    private String email;
    private String phone;
    private String medium = Medium.SMS.name();
    private String language = "es";
    private List<String> days = new ArrayList<>(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
    private String from = "08:00";
    private String to = "18:00";
    private boolean active = true;

    OnCallInput input() {
        boolean hasPhone = phone != null && !phone.isBlank();
        return new OnCallInput(staffAccountId, email, phone, hasPhone ? enumOf(Medium.class, medium) : null, language,
                days.stream().map(d -> enumOf(DayOfWeek.class, d)).toList(), from, to, active);
    }

    void fill(OnCallRoster.Entry entry) {
        staffAccountId = entry.staffAccountId();
        email = entry.email();
        phone = entry.phone();
        medium = entry.medium() == null ? Medium.SMS.name() : entry.medium().name();
        language = entry.language();
        days = new ArrayList<>(entry.days().stream().map(Enum::name).toList());
        from = entry.from();
        to = entry.to();
        active = entry.active();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    public Long getStaffAccountId() {
        return staffAccountId;
    }

    public void setStaffAccountId(Long staffAccountId) {
        this.staffAccountId = staffAccountId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMedium() {
        return medium;
    }

    public void setMedium(String medium) {
        this.medium = medium;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
