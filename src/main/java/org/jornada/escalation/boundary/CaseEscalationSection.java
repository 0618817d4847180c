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

    @Inject
    transient org.jornada.platform.boundary.RequestMemo memo;

    /** How many referrals the panel shows before "show more". */
    static final int SHOWN = 20;
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

    /** The worker's latest answer decides (yes or no); otherwise waiting or never asked (bundle key). */
    private static String consentKey(List<ConsentRequest> asked, long authorityId) {
        return ConsentRequest.decisive(asked, authorityId).map(c -> "caseview.consent." + c.getAnswer().name())
                .or(() -> Consents.latest(asked, authorityId).map(c -> "caseview.consent.WAITING"))
                .orElse("caseview.consent.NONE");
    }

    /** Asks the worker on /follow-up whether the pressed row's authority may get their name. */
    public void ask() {
        Long authorityId = CaseReferralForms.pressed("authority-forms:ask");
        page.done(() -> {
            if (authorityId == null) {
                throw new org.jornada.platform.control.RefusedException("authorityId", "consent.authority.unknown");
            }
            return askConsent.run(current.get(), page.getId(), new AskConsent.Input(authorityId)).isPresent();
        }, "caseview.consent.asked");
    }

    /**
     * Prepares a referral to the pressed row's authority with the identity and evidence chosen in
     * that row. A choice the page cannot read is refused with a message, never turned into another;
     * NAMED without the worker's latest yes is refused by {@link PrepareReferral}.
     */
    public void prepare() {
        CaseReferralForms.Prepare form = CaseReferralForms.Prepare.pressed();
        page.done(() -> {
            if (form == null) {
                throw new org.jornada.platform.control.RefusedException("authorityId", "consent.authority.unknown");
            }
            Referral.Identity chosen = known(Referral.Identity.class, form.identity());
            if (chosen == null) {
                throw new org.jornada.platform.control.RefusedException("identity", "caseview.referral.identity.choose");
            }
            return prepareReferral.run(current.get(), page.getId(), new PrepareReferral.Input(form.authorityId(),
                    chosen, form.withEvidence() ? Referral.EvidenceChoice.ATTACH : Referral.EvidenceChoice.WITHHOLD,
                    form.note())).isPresent();
        }, "caseview.referral.prepared");
    }

    /** Moves the pressed row's referral with what that row's own fields say. */
    public void move() {
        CaseReferralForms.Move form = CaseReferralForms.Move.pressed();
        MoveReferral.Step chosen = form == null ? null : known(MoveReferral.Step.class, form.step());
        page.done(() -> {
            if (form == null) {
                throw new org.jornada.platform.control.RefusedException("referral", "referral.notFound");
            }
            if (chosen == null) {
                throw new org.jornada.platform.control.RefusedException("step", "caseview.referral.step.choose");
            }
            return moveReferral.run(current.get(), form.referralId(), new MoveReferral.Input(chosen, form.note(),
                    known(ChannelKind.class, form.channel()), day(form.filedOn()), form.reference(),
                    known(Referral.Outcome.class, form.outcome()), money(form.amount()), form.resolveCase()))
                    .isPresent();
        }, chosen == MoveReferral.Step.SEND ? "caseview.referral.queued" : "caseview.referral.moved");
    }

    /** A day as the date field gives it (yyyy-mm-dd); anything else is refused by name. */
    private static LocalDate day(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException notADay) {
            throw new org.jornada.platform.control.RefusedException("filedOn", "referral.filedOn.format");
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
            throw new org.jornada.platform.control.RefusedException("amount", "referral.amount.needed");
        }
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        return java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElse(null);
    }

    /**
     * A referral of this case as the panel shows it, with the steps that can come next, its mail, and
     * why the worker's consent holds it back (null when it does not).
     */
    public record ReferralRow(long id, String authority, Referral referral, List<String> steps,
            org.jornada.mail.boundary.MailStatus mail, String consentNotice) {

        /** Submitted, and this person may not review it: it waits for a supervisor who did not prepare it. */
        public boolean awaitsAnotherReviewer() {
            return referral.getState() == org.jornada.escalation.entity.ReferralState.SUBMITTED
                    && !steps.contains(MoveReferral.Step.APPROVE.name());
        }
    }

    @Inject
    transient ReferralMail mail;

    @Inject
    transient ConsentNotices consentNotices;

    /** The newest referrals of the case, read once per request (never kept in the view). */
    public List<ReferralRow> getReferrals() {
        return memo.get("caseEscalation.referrals", this::readReferrals);
    }

    /** How many referrals the panel shows of how many. */
    public org.jornada.platform.control.ListWindow getReferralsWindow() {
        return memo.get("caseEscalation.referralsWindow", () -> new org.jornada.platform.control.ListWindow(
                getReferrals().size(), referrals.countOfCase(page.getId())));
    }

    private List<ReferralRow> readReferrals() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<ConsentRequest> asked = consents.of(page.getId());
        int shown = org.jornada.platform.control.ListWindow.limit(page.getReferralsAsked(), SHOWN);
        return referrals.ofCase(page.getId(), shown).stream().map(r -> {
            var sent = mail.status(r);
            boolean mailOut = sent.filter(m -> !m.state().mayQueueAgain()).isPresent();
            boolean pending = sent.filter(m -> !m.state().isFinal()).isPresent();
            boolean mailable = authorities.find(r.getAuthorityId()).flatMap(a -> a.email()).isPresent();
            String name = authorities.find(r.getAuthorityId()).map(a -> a.name(locale)).orElse("?");
            return new ReferralRow(r.getId(), name, r, MoveReferral.Step.possible(r,
                    ConsentRequest.saidYes(asked, r.getAuthorityId())).stream()
                            .filter(st -> !(st == MoveReferral.Step.SEND && (mailOut || !mailable)))
                            .filter(st -> !(st == MoveReferral.Step.FILE && pending))
                            .filter(st -> MoveReferral.mayTake(current.get(), r, st))
                            .map(Enum::name).toList(), sent.orElse(null),
                    consentNotices.of(r, asked, name, locale));
        }).toList();
    }

    public List<String> getChannelKinds() {
        return java.util.Arrays.stream(ChannelKind.values()).map(Enum::name).toList();
    }

    public List<String> getOutcomes() {
        return java.util.Arrays.stream(Referral.Outcome.values()).map(Enum::name).toList();
    }

    /** The authorities this case could go to, read once per request (never kept in the view). */
    public List<Row> getSuggestions() {
        return memo.get("caseEscalation.suggestions", () -> {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            List<ConsentRequest> asked = consents.of(page.getId());
            return options.suggestions(current.get(), page.getId()).orElse(List.<org.jornada.escalation.control.AuthoritySuggestions.Suggestion>of())
                    .stream().map(s -> new Row(s.authority().getId(), s.authority().getCode(),
                            s.authority().name(locale), CaseReferralOptions.reason(s, locale),
                            s.nearestClock().map(Deadline::dueOn).orElse(null), s.authority().isVerified(),
                            s.authority().getChannels().stream()
                                    .map(c -> org.jornada.platform.control.Messages.get(locale, "channel." + c.getKind().name()) + ": " + c.getAddress())
                                    .collect(Collectors.joining(" · ")),
                            consentKey(asked, s.authority().getId())))
                    .toList();
        });
    }

    /** Where mail goes: the SMTP server, or .eml files in the data folder (the page says which). */
    public boolean isMailServer() {
        return org.jornada.mail.boundary.OutboxDelivery.hasServer();
    }

}
