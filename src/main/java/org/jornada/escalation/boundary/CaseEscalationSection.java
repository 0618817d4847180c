package org.jornada.escalation.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jornada.casework.boundary.CasePage;
import org.jornada.casework.control.Deadline;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.escalation.entity.ConsentRequest;
import org.jornada.escalation.entity.Referral;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * The case page's escalation panel: the authorities this case could go to, nearest legal clock
 * first, each with why, how to reach it, and whether the reference could verify that.
 */
@Named("caseEscalation")
@ViewScoped
public class CaseEscalationSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    transient CaseReferralOptions options;

    @Inject
    transient CurrentStaff current;

    @Inject
    transient Consents consents;

    @Inject
    transient AskConsent askConsent;

    private transient List<Row> rows;
    private transient List<ReferralRow> referralRows;
    private String identity = "ANONYMOUS";
    private boolean withEvidence;
    private String step;
    private String note;
    private String channel;
    private String reference;
    private String outcome;
    private String amount;
    private boolean resolveCase;
    private String prepareNote;
    private String filedOn;

    @Inject
    transient PrepareReferral prepareReferral;

    @Inject
    transient MoveReferral moveReferral;

    @Inject
    transient Referrals referrals;

    @Inject
    transient Authorities authorities;

    /** One suggested authority as the panel shows it. */
    public record Row(long id, String code, String name, String reason, LocalDate nearestDeadline, boolean verified,
            String channels, String consentKey) {
    }

    /** The latest question to this authority decides: none, waiting, yes or no (bundle key). */
    private static String consentKey(List<ConsentRequest> asked, long authorityId) {
        return Consents.latest(asked, authorityId)
                .map(c -> c.isWaiting() ? "caseview.consent.WAITING" : "caseview.consent." + c.getAnswer().name())
                .orElse("caseview.consent.NONE");
    }

    /** Asks the worker on /follow-up whether this authority may get their name. */
    public void ask(long authorityId) {
        page.done(() -> askConsent.run(current.get(), page.getId(), new AskConsent.Input(authorityId)).isPresent(),
                "caseview.consent.asked");
    }

    /** Prepares a referral to this authority with the identity and evidence chosen in its row's form. */
    public void prepare(long authorityId) {
        Referral.Identity chosen = "NAMED".equals(identity) ? Referral.Identity.NAMED : Referral.Identity.ANONYMOUS;
        page.done(() -> prepareReferral.run(current.get(), page.getId(),
                new PrepareReferral.Input(authorityId, chosen, withEvidence ? Referral.EvidenceChoice.ATTACH
                        : Referral.EvidenceChoice.WITHHOLD, prepareNote)).isPresent(), "caseview.referral.prepared");
    }

    /** Moves a referral with what its row's form says. */
    public void move(long referralId) {
        MoveReferral.Step chosen = known(MoveReferral.Step.class, step);
        page.done(() -> moveReferral.run(current.get(), referralId, new MoveReferral.Input(chosen, note,
                known(ChannelKind.class, channel), day(filedOn), reference, known(Referral.Outcome.class, outcome),
                money(amount), resolveCase)).isPresent(), chosen == MoveReferral.Step.SEND
                        ? "caseview.referral.queued" : "caseview.referral.moved");
    }

    /** A day as the date field gives it (yyyy-mm-dd); anything else is refused by name. */
    private static LocalDate day(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException notADay) {
            throw new org.jornada.platform.control.Refused("filedOn", "referral.filedOn.format");
        }
    }

    /** An amount as typed ("1,250.50" or "1250.50"); text that is no amount is refused by name. */
    private static java.math.BigDecimal money(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(typed.strip().replace(",", ""));
        } catch (NumberFormatException notAnAmount) {
            throw new org.jornada.platform.control.Refused("amount", "referral.amount.needed");
        }
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        return java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElse(null);
    }

    /** A referral of this case as the panel shows it, with the steps that can come next and its mail. */
    public record ReferralRow(long id, String authority, Referral referral, List<String> steps,
            org.jornada.mail.boundary.MailStatus mail) {
    }

    @Inject
    transient ReferralMail mail;

    /** Read once per page load. */
    public List<ReferralRow> getReferrals() {
        if (referralRows == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            referralRows = referrals.ofCase(page.getId()).stream().map(r -> {
                var sent = mail.status(r);
                boolean mailOut = sent.filter(m -> m.state() != org.jornada.mail.entity.MailState.REJECTED).isPresent();
                boolean pending = sent.filter(m -> !m.state().isFinal()).isPresent();
                boolean mailable = authorities.find(r.getAuthorityId()).flatMap(a -> a.email()).isPresent();
                return new ReferralRow(r.getId(), authorities.find(r.getAuthorityId()).map(a -> a.name(locale))
                        .orElse("?"), r, MoveReferral.Step.from(r.getState()).stream()
                                .filter(st -> !(st == MoveReferral.Step.SEND && (mailOut || !mailable)))
                                .filter(st -> !(st == MoveReferral.Step.FILE && pending))
                                .map(Enum::name).toList(), sent.orElse(null));
            }).toList();
        }
        return referralRows;
    }

    public List<String> getChannelKinds() {
        return java.util.Arrays.stream(ChannelKind.values()).map(Enum::name).toList();
    }

    public List<String> getOutcomes() {
        return java.util.Arrays.stream(Referral.Outcome.values()).map(Enum::name).toList();
    }

    /** Read once per page load. */
    public List<Row> getSuggestions() {
        if (rows == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            List<ConsentRequest> asked = consents.of(page.getId());
            rows = options.suggestions(current.get(), page.getId()).orElse(List.of()).stream()
                    .map(s -> new Row(s.authority().getId(), s.authority().getCode(), s.authority().name(locale),
                            CaseReferralOptions.reason(s, locale), s.nearestClock().map(Deadline::dueOn).orElse(null),
                            s.authority().isVerified(), s.authority().getChannels().stream()
                                    .map(c -> c.getKind() + ": " + c.getAddress()).collect(Collectors.joining(" · ")),
                            consentKey(asked, s.authority().getId())))
                    .toList();
        }
        return rows;
    }

    /** Where mail goes: the SMTP server, or .eml files in the data folder (the page says which). */
    public boolean isMailServer() {
        return org.jornada.mail.boundary.OutboxDelivery.hasServer();
    }

    public String getPrepareNote() {
        return prepareNote;
    }

    public void setPrepareNote(String prepareNote) {
        this.prepareNote = prepareNote;
    }

    public String getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(String filedOn) {
        this.filedOn = filedOn;
    }

    public String getIdentity() {
        return identity;
    }

    public void setIdentity(String identity) {
        this.identity = identity;
    }

    public boolean isWithEvidence() {
        return withEvidence;
    }

    public void setWithEvidence(boolean withEvidence) {
        this.withEvidence = withEvidence;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public boolean isResolveCase() {
        return resolveCase;
    }

    public void setResolveCase(boolean resolveCase) {
        this.resolveCase = resolveCase;
    }
}
