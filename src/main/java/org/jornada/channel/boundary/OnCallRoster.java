package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jornada.channel.entity.OnCallHours;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.OnCall;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.StaffAccounts;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.StaffAccount;

/**
 * The on-call list: entries added, edited and removed by the commands ({@link AddOnCall},
 * {@link EditOnCall}, {@link RemoveOnCall}), read by the page, the API and the notices. Seals the
 * mail address and the phone with the data key on the way in and opens them on the way out.
 */
@ApplicationScoped
public class OnCallRoster {

    static final String MAIL_PURPOSE = "on_call.mail";
    static final String PHONE_PURPOSE = "on_call.phone";

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    StaffAccounts accounts;

    @Inject
    OrgTime orgTime;

    @Inject
    Clock clock;

    /** An entry as the page and the API show it: opened, with its account's name and whether on duty now. */
    public record Entry(long id, long staffAccountId, String username, String email, String phone, Medium medium,
            String language, List<java.time.DayOfWeek> days, String from, String to, boolean active, boolean onDuty) {
    }

    public Optional<OnCall> find(long id) {
        return Optional.ofNullable(em.find(OnCall.class, id));
    }

    /** The active entries whose account still works cases (a disabled account, or one made ADMIN, gets no notice). */
    public List<OnCall> active() {
        return em.createQuery("SELECT o FROM OnCall o WHERE o.active = TRUE ORDER BY o.id", OnCall.class)
                .getResultStream().filter(o -> accounts.find(o.getStaffAccountId()).filter(OnCallRoster::worksCases)
                        .isPresent()).toList();
    }

    /** Every entry, opened, by account name. */
    public List<Entry> entries() {
        List<OnCall> all = em.createQuery("SELECT o FROM OnCall o ORDER BY o.id", OnCall.class).getResultList();
        Map<Long, String> names = accounts.usernames(all.stream().map(OnCall::getStaffAccountId).distinct().toList());
        Instant now = Instant.now(clock);
        List<Entry> entries = new ArrayList<>();
        for (OnCall o : all) {
            OnCallHours hours = o.hours();
            entries.add(new Entry(o.getId(), o.getStaffAccountId(), names.get(o.getStaffAccountId()), mail(o),
                    phone(o).orElse(null), o.getMedium(), o.getLanguage(), List.copyOf(hours.daySet()),
                    OnCallHours.time(hours.fromMinute()), OnCallHours.time(hours.toMinute()), o.isActive(),
                    o.onDuty(now, orgTime.getZone())));
        }
        entries.sort(java.util.Comparator.comparing(Entry::username, java.util.Comparator.nullsLast(String::compareTo))
                .thenComparing(Entry::id));
        return entries;
    }

    public Optional<Entry> entry(long id) {
        return entries().stream().filter(e -> e.id() == id).findFirst();
    }

    /** Refuses the input with every broken field named (nothing changed). */
    void check(OnCallInput input) {
        List<FieldError> problems = new ArrayList<>(input.problems());
        if (input.staffAccountId() != null && accounts.find(input.staffAccountId()).filter(OnCallRoster::worksCases)
                .isEmpty()) {
            problems.add(0, new FieldError("staffAccountId", "oncall.account.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
    }

    private static boolean worksCases(StaffAccount account) {
        return !account.isDisabled() && StaffPrincipal.readsCases(account.getRole());
    }

    OnCall add(OnCallInput input) {
        OnCall entry = new OnCall(input.staffAccountId(), Instant.now(clock));
        entry.set(reach(input), input.hours(), input.activeOrDefault());
        em.persist(entry);
        em.flush();
        return entry;
    }

    OnCall edit(OnCall entry, OnCallInput input) {
        entry.set(reach(input), input.hours(), input.activeOrDefault());
        return entry;
    }

    void remove(OnCall entry) {
        em.remove(entry);
        em.flush();
    }

    private OnCall.Reach reach(OnCallInput input) {
        return new OnCall.Reach(cipher.sealText(input.email(), MAIL_PURPOSE),
                input.phone() == null ? null : cipher.sealText(input.phone(), PHONE_PURPOSE), input.medium(),
                input.languageOrDefault());
    }

    String mail(OnCall entry) {
        return cipher.openText(entry.getMailSealed(), MAIL_PURPOSE);
    }

    Optional<String> phone(OnCall entry) {
        return Optional.ofNullable(entry.getPhoneSealed()).map(p -> cipher.openText(p, PHONE_PURPOSE));
    }
}
