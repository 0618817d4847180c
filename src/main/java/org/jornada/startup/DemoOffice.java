package org.jornada.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.jornada.casework.boundary.AddCaseNote;
import org.jornada.casework.boundary.AssignCase;
import org.jornada.casework.boundary.CheckChecklistItem;
import org.jornada.casework.boundary.LinkCases;
import org.jornada.casework.boundary.MessageWorker;
import org.jornada.casework.boundary.MoveCase;
import org.jornada.casework.entity.CaseChecklist;
import org.jornada.casework.entity.CaseLink;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.complaint.control.ValidComplaint;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.ComplaintFacts;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.complaint.entity.VisaType;
import org.jornada.escalation.boundary.AskConsent;
import org.jornada.escalation.boundary.Authorities;
import org.jornada.escalation.boundary.Consents;
import org.jornada.escalation.boundary.MoveReferral;
import org.jornada.escalation.boundary.PrepareReferral;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.escalation.entity.Referral;
import org.jornada.staff.boundary.StaffAccounts;
import org.jornada.staff.control.StaffPrincipal;

/**
 * The demo's busy office (issue #24, item 11): the demo staff work some of the demo cases through
 * the very commands the pages run (each permission-checked and audited as it would be), so that
 * the queue's saved views, the case pages and the referrals page have something to show. Cases end
 * up in every workflow state, two complaints wait held apart as a possible flood, and one case
 * carries two referrals: one filed by hand with the authority's reference (the demo has no mail
 * server, and nothing fake is ever mailed to a real authority) and one waiting for a supervisor's
 * approval, prepared by {@code demo-supervisor} so that only {@code demo-supervisor2} can approve
 * it. Runs inside {@link DemoData#loadIfEmpty()}'s transaction, after the demo staff exist.
 */
@ApplicationScoped
public class DemoOffice {

    /** The authority's reference of the demo referral filed by hand (README, FirstRunIT). */
    public static final String FILED_REFERENCE = "DEMO-WHD-0001";

    /** The burst id of the demo's two complaints held apart as a possible flood (16 hex digits, as FloodGuard's). */
    static final String HELD_BURST = "de00000000000001";

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Inject
    StaffAccounts staff;

    @Inject
    ComplaintIntake intake;

    @Inject
    MessageThread thread;

    @Inject
    MoveCase move;

    @Inject
    AssignCase assign;

    @Inject
    AddCaseNote note;

    @Inject
    CheckChecklistItem checklist;

    @Inject
    MessageWorker message;

    @Inject
    LinkCases link;

    @Inject
    AskConsent askConsent;

    @Inject
    Consents consents;

    @Inject
    Authorities authorities;

    @Inject
    PrepareReferral prepare;

    @Inject
    MoveReferral moveReferral;

    private StaffPrincipal advocate;
    private StaffPrincipal supervisor;
    private StaffPrincipal supervisor2;

    /**
     * Works the cases: {@code receipts} the three receipt-code cases (README), {@code batches} the
     * pattern cases by batch of {@link DemoData#patternCases}: 1 last season's recruitment fees,
     * 3 this season's low pay (two months ago), 5 this season's housing (a month ago).
     */
    void work(List<Long> receipts, List<List<Long>> batches, java.time.YearMonth now) {
        advocate = principal("demo-advocate");
        supervisor = principal("demo-supervisor");
        supervisor2 = principal("demo-supervisor2");
        long whd = authority("WHD");
        long osha = authority("OSHA");
        receiptCases(receipts, whd);
        lowPay(batches.get(3), whd, osha);
        housing(batches.get(5), osha);
        recruitmentFee(batches.get(1).get(0), whd);
        held(now);
    }

    /** The receipt-code cases. 1: being verified by the advocate; the worker is asked whether WHD may have their name. */
    private void receiptCases(List<Long> receipts, long whd) {
        long one = receipts.get(0);
        assign.run(advocate, one, new AssignCase.Input(advocate.staffId()));
        fresh();
        moveTo(advocate, one, CaseState.TRIAGED, null);
        moveTo(advocate, one, CaseState.VERIFYING, null);
        check(advocate, one, CaseChecklist.Item.EMPLOYER_IDENTIFIED, CaseChecklist.Item.RECRUITER_IDENTIFIED);
        note.run(advocate, one, new AddCaseNote.Input("DEMO: The employer is on the DOL disclosure list (GA, onions)."
                + " Waiting for the fee receipt the worker promised.", false));
        fresh();
        askConsent.run(advocate, one, new AskConsent.Input(whd));
        fresh();
        // 2 (urgent: passports taken) stays RECEIVED, at the top of the queue; 3 is triaged
        moveTo(advocate, receipts.get(2), CaseState.TRIAGED, null);
    }

    /** This season's low pay in Georgia: escalated with two referrals, a duplicate, a closed one. */
    private void lowPay(List<Long> wages, long whd, long osha) {
        long escalated = wages.get(0);
        assign.run(supervisor, escalated, new AssignCase.Input(advocate.staffId()));
        fresh();
        verify(escalated, "DEMO: Pay stubs show $11.50 an hour against the AEWR in the job order.");
        message.run(advocate, escalated, new MessageWorker.Input("DEMO: Gracias. ¿Nos permite dar su nombre al"
                + " Departamento de Trabajo? Le preguntamos abajo."));
        fresh();
        long wagesYes = askConsent.run(advocate, escalated, new AskConsent.Input(whd)).orElseThrow().getId();
        fresh();
        consents.answer(escalated, wagesYes, true);
        fresh();
        long wagesNo = askConsent.run(advocate, escalated, new AskConsent.Input(osha)).orElseThrow().getId();
        fresh();
        consents.answer(escalated, wagesNo, false);
        fresh();
        thread.post(escalated, MessageAuthor.WORKER, "DEMO: Sí al Departamento de Trabajo. A OSHA no, por ahora.");
        fresh();
        long filed = prepare.run(advocate, escalated, new PrepareReferral.Input(whd, Referral.Identity.NAMED,
                Referral.EvidenceChoice.WITHHOLD, "DEMO: Five workers, same crew, same pay stubs.")).orElseThrow().getId();
        fresh();
        step(advocate, filed, MoveReferral.Input.of(MoveReferral.Step.SUBMIT, null));
        step(supervisor, filed, MoveReferral.Input.of(MoveReferral.Step.APPROVE, null));
        step(advocate, filed, new MoveReferral.Input(MoveReferral.Step.FILE, "DEMO: Filed on WHD's web form.",
                ChannelKind.WEB_FORM, null, FILED_REFERENCE, null, null, false));
        long waiting = prepare.run(supervisor, escalated, new PrepareReferral.Input(authority("SWA"),
                Referral.Identity.ANONYMOUS, Referral.EvidenceChoice.WITHHOLD,
                "DEMO: The job order's wage rate: the state agency should see this too.")).orElseThrow().getId();
        fresh();
        step(supervisor, waiting, MoveReferral.Input.of(MoveReferral.Step.SUBMIT, null));
        link.run(advocate, wages.get(1), new LinkCases.Input(escalated, CaseLink.Kind.DUPLICATE,
                "DEMO: Same worker, filed twice."));
        fresh();
        moveTo(advocate, wages.get(2), CaseState.TRIAGED, null);
        moveTo(advocate, wages.get(2), CaseState.CLOSED, "DEMO: The worker asked us to stop; nothing sent anywhere.");
    }

    /** This season's housing in Washington: a referral returned to the advocate, cases in progress. */
    private void housing(List<Long> housing, long osha) {
        long returned = housing.get(0);
        verify(returned, "DEMO: Photos of the trailer match the worker's account.");
        long toOsha = prepare.run(advocate, returned, new PrepareReferral.Input(osha, Referral.Identity.ANONYMOUS,
                Referral.EvidenceChoice.WITHHOLD, null)).orElseThrow().getId();
        fresh();
        step(advocate, toOsha, MoveReferral.Input.of(MoveReferral.Step.SUBMIT, null));
        step(supervisor, toOsha, MoveReferral.Input.of(MoveReferral.Step.RETURN,
                "DEMO: Add the site address and the number of workers in the trailer."));
        assign.run(advocate, housing.get(1), new AssignCase.Input(advocate.staffId()));
        fresh();
        moveTo(advocate, housing.get(1), CaseState.TRIAGED, null);
        assign.run(supervisor, housing.get(2), new AssignCase.Input(supervisor.staffId()));
        fresh();
        moveTo(supervisor, housing.get(2), CaseState.TRIAGED, null);
        moveTo(supervisor, housing.get(2), CaseState.VERIFYING, null);
        check(supervisor, housing.get(2), CaseChecklist.Item.EMPLOYER_IDENTIFIED);
    }

    /** Last season's recruitment fee: referred, acknowledged, back wages recovered, resolved. */
    private void recruitmentFee(long resolved, long whd) {
        verify(resolved, "DEMO: The fee receipt names the recruiter.");
        long done = prepare.run(advocate, resolved, new PrepareReferral.Input(whd, Referral.Identity.ANONYMOUS,
                Referral.EvidenceChoice.WITHHOLD, null)).orElseThrow().getId();
        fresh();
        step(advocate, done, MoveReferral.Input.of(MoveReferral.Step.SUBMIT, null));
        step(supervisor2, done, MoveReferral.Input.of(MoveReferral.Step.APPROVE, null));
        step(advocate, done, new MoveReferral.Input(MoveReferral.Step.FILE, null, ChannelKind.PHONE, null, null, null,
                null, false));
        step(advocate, done, new MoveReferral.Input(MoveReferral.Step.ACKNOWLEDGE, null, null, null, "DEMO-WHD-0002",
                null, null, false));
        step(advocate, done, new MoveReferral.Input(MoveReferral.Step.OUTCOME, "DEMO: Fees paid back to five workers.",
                null, null, null, Referral.Outcome.BACK_WAGES_RECOVERED, new BigDecimal("4500"), true));
    }

    /** Two complaints of one burst, held apart for a supervisor, as the report form holds a flood. */
    private void held(java.time.YearMonth now) {
        for (int i = 1; i <= 2; i++) {
            intake.fileOnce(new ValidComplaint(new ComplaintFacts("es", VisaType.H2A, EnumSet.of(Category.OTHER),
                    "Agrícola San José DEMO, S.A. de C.V.", null, "GA", now.minusMonths(1), null, false),
                    "DEMO (datos falsos): uno de varios reportes iguales enviados en un minuto.", ContactChannel.NONE,
                    null, false), "demo-held-burst-00000" + i, List.of(), HELD_BURST);
        }
    }

    /**
     * Triaged, a note for the referral packets, and checked item by item by the advocate: the last
     * item done moves the case on to VERIFIED (CheckChecklistItem), as it does on the case page.
     */
    private void verify(long caseId, String finding) {
        moveTo(advocate, caseId, CaseState.TRIAGED, null);
        moveTo(advocate, caseId, CaseState.VERIFYING, null);
        note.run(advocate, caseId, new AddCaseNote.Input(finding, true));
        fresh();
        check(advocate, caseId, CaseChecklist.Item.values());
    }

    private void moveTo(StaffPrincipal who, long caseId, CaseState to, String reason) {
        if (!move.run(who, caseId, new MoveCase.Input(to, reason))) {
            throw new IllegalStateException("demo case " + caseId + " not found for " + who.username());
        }
        fresh();
    }

    /**
     * Written, and forgotten by this persistence context: the next command reads the case afresh,
     * as the next request would (some commands change a case by statement, e.g. its unread count).
     */
    private void fresh() {
        em.flush();
        em.clear();
    }

    private void check(StaffPrincipal who, long caseId, CaseChecklist.Item... items) {
        for (CaseChecklist.Item item : items) {
            checklist.run(who, caseId, new CheckChecklistItem.Input(item, true));
        }
        fresh();
    }

    private void step(StaffPrincipal who, long referralId, MoveReferral.Input input) {
        moveReferral.run(who, referralId, input).orElseThrow();
        fresh();
    }

    private long authority(String code) {
        return authorities.byCode(code).orElseThrow().getId();
    }

    private StaffPrincipal principal(String username) {
        var account = staff.account(username).orElseThrow();
        return new StaffPrincipal(account.getId(), account.getUsername(), account.getRole());
    }
}
