package org.jornada.casework.boundary;

import org.jornada.directory.boundary.MergeDirectoryEntries;
import org.jornada.directory.boundary.SplitDirectoryName;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.control.RefusedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.casework.control.DeadlineRules;
import org.jornada.casework.entity.CaseChecklist;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.complaint.control.ValidComplaint;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ComplaintFacts;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.complaint.entity.VisaType;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.SignIn;
import org.jornada.staff.boundary.StaffAccounts;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.control.Totp;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in rules and case work inside the deployed application, on the real database: password
 * and TOTP, codes good once, recovery codes, the soft lock; the checklist before VERIFIED, clocks
 * marked not applicable, unread worker messages, related-case suggestions.
 */
@ExtendWith(ArquillianExtension.class)
class StaffWorkIT {

    private static final String PASSWORD = "long enough staff passphrase 42";

    @ArquillianResource
    URL base;

    @Inject
    SignIn signIn;

    @Inject
    StaffAccounts staff;

    @Inject
    CaseHandling work;

    @Inject
    CaseQueue queue;

    @Inject
    CaseRecords details;

    @Inject
    LinkCaseToDirectory linkToDirectory;

    @Inject
    ComplaintIntake intake;

    @Inject
    MessageThread thread;

    @Inject
    AuditTrail audit;

    @Inject
    AssignCase assignCase;

    @Inject
    jakarta.transaction.UserTransaction tx;

    @Inject
    org.jornada.directory.boundary.DirectoryImport directoryImport;

    @Inject
    org.jornada.directory.boundary.DirectoryIndex directoryIndex;

    @Inject
    org.jornada.casework.boundary.VerifiedComplaintsSection verifiedComplaints;

    @Inject
    MergeDirectoryEntries mergeEntries;

    @Inject
    SplitDirectoryName splitName;

    @Inject
    org.jornada.directory.boundary.Profiles profiles;

    @Inject
    org.jornada.casework.boundary.DirectoryProposals proposals;



    private StaffAccount account(Role role) {
        return staff.createAccount(role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
                role, PASSWORD);
    }

    /** Enrols the account's authenticator and answers its secret. */
    private String enrolled(StaffAccount account) {
        String secret = Totp.newSecret();
        assertEquals(SignIn.Outcome.ENROL, signIn.attempt(account.getUsername(), PASSWORD.toCharArray(), "").outcome());
        assertTrue(signIn.enrol(account.getId(), secret, Totp.code(secret, Instant.now())).isPresent());
        return secret;
    }

    /** A code of a later time step than the one enrolment used, still within the accepted drift. */
    private static String nextCode(String secret) {
        return Totp.code(secret, Instant.now().plusSeconds(Totp.STEP_SECONDS));
    }

    @Test
    void signInNeedsThePasswordAndAFreshCodeAndACodeWorksOnce() {
        StaffAccount account = account(Role.ADVOCATE);
        String secret = enrolled(account);
        char[] password = PASSWORD.toCharArray();
        assertEquals(SignIn.Outcome.REFUSED, signIn.attempt(account.getUsername(), password, "000000").outcome());
        assertEquals(SignIn.Outcome.REFUSED,
                signIn.attempt(account.getUsername(), "wrong password here".toCharArray(), nextCode(secret)).outcome());
        String code = nextCode(secret);
        SignIn.Result in = signIn.attempt(account.getUsername(), password, code);
        assertEquals(SignIn.Outcome.SIGNED_IN, in.outcome());
        assertEquals(Role.ADVOCATE, in.principal().role());
        assertEquals(SignIn.Outcome.REFUSED, signIn.attempt(account.getUsername(), password, code).outcome(),
                "a code is good once");
    }

    @Test
    void aRecoveryCodeSignsInOnceInsteadOfTheAuthenticator() {
        StaffAccount account = account(Role.SUPERVISOR);
        assertEquals(SignIn.Outcome.ENROL, signIn.attempt(account.getUsername(), PASSWORD.toCharArray(), null).outcome());
        String secret = Totp.newSecret();
        List<String> codes = signIn.enrol(account.getId(), secret, Totp.code(secret, Instant.now())).orElseThrow();
        assertEquals(10, codes.size());
        String recovery = codes.get(3).toUpperCase().replace("-", " ");
        assertEquals(SignIn.Outcome.SIGNED_IN,
                signIn.attempt(account.getUsername(), PASSWORD.toCharArray(), recovery).outcome());
        assertEquals(SignIn.Outcome.REFUSED,
                signIn.attempt(account.getUsername(), PASSWORD.toCharArray(), recovery).outcome());
        assertTrue(audit.entries(null, AuditTrail.RECOVERY_CODE_USED, account.getUsername(), 5).size() == 1);
    }

    @Test
    void repeatedFailuresLockTheAccountSoftlyEvenAgainstTheRightPassword() {
        StaffAccount account = account(Role.ADVOCATE);
        String secret = enrolled(account);
        for (int i = 0; i < StaffAccount.FREE_FAILURES + 1; i++) {
            assertEquals(SignIn.Outcome.REFUSED,
                    signIn.attempt(account.getUsername(), ("wrong password " + i).toCharArray(), "").outcome());
        }
        assertEquals(SignIn.Outcome.REFUSED,
                signIn.attempt(account.getUsername(), PASSWORD.toCharArray(), nextCode(secret)).outcome(),
                "locked: even the right password and code are refused for now");
        List<String> details = audit.entries(null, AuditTrail.SIGN_IN_FAILED, account.getUsername(), 10).stream()
                .map(e -> e.getDetail()).toList();
        assertTrue(details.contains("locked"), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.endsWith("failure 4, locked")), details.toString());
    }

    @Test
    void lockedUnknownAndWrongPasswordSignInsTakeTheSameTime() {
        StaffAccount locked = account(Role.ADVOCATE);
        enrolled(locked);
        for (int i = 0; i < StaffAccount.FREE_FAILURES + 1; i++) {
            signIn.attempt(locked.getUsername(), ("wrong " + i).toCharArray(), "");
        }
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        // The three paths take turns, so that a burst of load on a busy machine slows all three
        // alike; each time is the median of nine turns after one to warm up (the PBKDF2 hash
        // dominates). Each wrong password is on a fresh account, so that none of them is locked.
        List<Supplier<Runnable>> paths = List.of(
                () -> () -> signIn.attempt(locked.getUsername(), PASSWORD.toCharArray(), "000000"),
                () -> {
                    StaffAccount wrong = account(Role.ADVOCATE);
                    return () -> signIn.attempt(wrong.getUsername(), "not the password".toCharArray(), "");
                },
                () -> () -> signIn.attempt(unknown, PASSWORD.toCharArray(), ""));
        long[] medians = medianNanosInTurns(paths, 9);
        long lockedNanos = medians[0];
        long wrongNanos = medians[1];
        long unknownNanos = medians[2];
        // before: a locked account answered five times faster than a wrong password (no hash)
        assertTrue(lockedNanos * 2 > wrongNanos && wrongNanos * 2 > lockedNanos,
                "locked " + lockedNanos / 1_000_000 + " ms, wrong " + wrongNanos / 1_000_000 + " ms");
        assertTrue(unknownNanos * 2 > wrongNanos && wrongNanos * 2 > unknownNanos,
                "unknown " + unknownNanos / 1_000_000 + " ms, wrong " + wrongNanos / 1_000_000 + " ms");
    }

    /**
     * The median time of each path over {@code turns} rounds in which every path runs once, each
     * attempt prepared (untimed) by its supplier, after one round to warm up.
     */
    private static long[] medianNanosInTurns(List<Supplier<Runnable>> paths, int turns) {
        paths.forEach(path -> path.get().run());
        long[][] times = new long[paths.size()][turns];
        for (int turn = 0; turn < turns; turn++) {
            for (int p = 0; p < paths.size(); p++) {
                Runnable attempt = paths.get(p).get();
                long start = System.nanoTime();
                attempt.run();
                times[p][turn] = System.nanoTime() - start;
            }
        }
        long[] medians = new long[paths.size()];
        for (int p = 0; p < paths.size(); p++) {
            java.util.Arrays.sort(times[p]);
            medians[p] = times[p][turns / 2];
        }
        return medians;
    }

    @Test
    void unknownAndDisabledAccountsAreRefusedAndAudited() {
        assertEquals(SignIn.Outcome.REFUSED, signIn.attempt("nobody-" + UUID.randomUUID().toString().substring(0, 8),
                PASSWORD.toCharArray(), "123456").outcome());
        StaffAccount account = account(Role.ADVOCATE);
        String secret = enrolled(account);
        staff.disable(account.getId());
        assertEquals(SignIn.Outcome.REFUSED,
                signIn.attempt(account.getUsername(), PASSWORD.toCharArray(), nextCode(secret)).outcome());
    }

    @Test
    void aRefusedCommandsAuditEntryStaysWhenTheCallersTransactionRollsBack() throws Exception {
        Complaint complaint = newCase("Refused Farms " + UUID.randomUUID(), EnumSet.of(Category.UNPAID_HOURS),
                YearMonth.of(2026, 6), null);
        StaffAccount unionAccount = account(Role.UNION);
        StaffPrincipal union = new StaffPrincipal(unionAccount.getId(), unionAccount.getUsername(), Role.UNION);
        tx.begin();
        try {
            assertThrows(org.jornada.platform.control.PermissionDeniedException.class,
                    () -> assignCase.run(union, complaint.getId(), new AssignCase.Input(unionAccount.getId())));
        } finally {
            tx.rollback();
        }
        List<String> refusals = audit.entries(complaint.getId(), AuditTrail.ACCESS_DENIED, unionAccount.getUsername(), 5)
                .stream().map(e -> e.getDetail()).toList();
        assertEquals(List.of("assign case"), refusals);
        assertEquals(org.jornada.complaint.entity.CaseState.RECEIVED, work.file(complaint.getId()).getState());
    }

    @Test
    void theEngineWritesTheAssignmentsAuditEntryOnlyWhenItIsDone() {
        Complaint complaint = newCase("Assigned Farms " + UUID.randomUUID(), EnumSet.of(Category.UNPAID_HOURS),
                YearMonth.of(2026, 6), null);
        StaffAccount advocate = account(Role.ADVOCATE);
        StaffPrincipal who = new StaffPrincipal(advocate.getId(), advocate.getUsername(), Role.ADVOCATE);
        assertTrue(assignCase.run(who, complaint.getId(), new AssignCase.Input(advocate.getId())));
        assertEquals(List.of("to staff " + advocate.getId()),
                audit.entries(complaint.getId(), AuditTrail.CASE_ASSIGNED, null, 5).stream().map(e -> e.getDetail()).toList());
        // an advocate may not hand the case to someone else: refused, audited, and no second entry
        StaffAccount other = account(Role.ADVOCATE);
        assertThrows(org.jornada.platform.control.PermissionDeniedException.class,
                () -> assignCase.run(who, complaint.getId(), new AssignCase.Input(other.getId())));
        assertEquals(1, audit.entries(complaint.getId(), AuditTrail.CASE_ASSIGNED, null, 5).size());
        assertEquals(List.of("assign case to staff " + other.getId()), audit.entries(complaint.getId(),
                AuditTrail.ACCESS_DENIED, advocate.getUsername(), 5).stream().map(e -> e.getDetail()).toList());
    }

    /** A recruiter name no other test class files or imports, so no other class's fuller name becomes a proposal here. */
    private static final String RECRUITER = "Reclutadora Trabajo " + UUID.randomUUID().toString().substring(0, 8);

    private Complaint newCase(String employer, EnumSet<Category> categories, YearMonth started, YearMonth ended) {
        var filed = intake.file(new ValidComplaint(new ComplaintFacts("es", VisaType.H2A, categories, employer,
                RECRUITER, "GA", started, ended, false), "Caso de prueba de trabajo del personal.",
                ContactChannel.NONE, null, false), List.of());
        return intake.findByReceipt(filed.receipt()).orElseThrow();
    }

    private StaffPrincipal supervisor() {
        StaffAccount account = account(Role.SUPERVISOR);
        return new StaffPrincipal(account.getId(), account.getUsername(), Role.SUPERVISOR);
    }

    @Test
    void aCaseBecomesVerifiedWithTheChecklistDoneOrAWrittenReason() {
        StaffPrincipal who = supervisor();
        Complaint complaint = newCase("Checklist Farms " + UUID.randomUUID(), EnumSet.of(Category.UNPAID_HOURS),
                YearMonth.of(2026, 6), null);
        work.transition(who, complaint, CaseState.TRIAGED, null);
        work.transition(who, complaint, CaseState.VERIFYING, null);
        assertThrows(IllegalArgumentException.class, () -> work.transition(who, complaint, CaseState.VERIFIED, null));
        for (CaseChecklist.Item item : CaseChecklist.Item.values()) {
            details.check(who, complaint, item, true);
        }
        assertTrue(details.checklist(complaint.getId()).isDone());
        work.transition(who, complaint, CaseState.VERIFIED, null);
        assertEquals(CaseState.VERIFIED, work.file(complaint.getId()).getState());
        assertEquals(CaseChecklist.Item.values().length,
                audit.entries(complaint.getId(), AuditTrail.CHECKLIST_CHANGED, null, 10).size());
    }

    @Test
    void markingTheNearestClockNotApplicableMovesTheQueueToTheNextOne() {
        StaffPrincipal who = supervisor();
        // Retaliation in May 2026 and unpaid hours from March 2026: OSHA 11(c) 30 days, FLSA 2 years.
        Complaint complaint = newCase("Relojes SA " + UUID.randomUUID(), EnumSet.of(Category.RETALIATION,
                Category.UNPAID_HOURS), YearMonth.of(2026, 3), YearMonth.of(2026, 5));
        Complaint stored = work.visible(who, complaint.getId()).orElseThrow();
        assertEquals(java.time.LocalDate.of(2026, 5, 31), work.file(stored).getNearestDeadline(),
                "OSHA 11(c): May 1 + 30 days");
        details.markNotApplicable(who, stored, DeadlineRules.OSHA_11C, "The firing was in another state's program");
        Complaint after = work.visible(who, complaint.getId()).orElseThrow();
        assertEquals(java.time.LocalDate.of(2028, 3, 1), work.file(after).getNearestDeadline(),
                "FLSA: March 1 + 2 years");
        assertFalse(details.clocks(after).stream().filter(c -> c.deadline().rule().equals(DeadlineRules.OSHA_11C))
                .findFirst().orElseThrow().isApplicable());
        assertThrows(RuntimeException.class,
                () -> details.markNotApplicable(who, after, DeadlineRules.OSHA_11C, "again"));
    }

    @Test
    void workerMessagesCountAsUnreadUntilStaffOpenTheCase() {
        StaffPrincipal who = supervisor();
        Complaint complaint = newCase("Unread Orchards " + UUID.randomUUID(), EnumSet.of(Category.UNPAID_HOURS),
                YearMonth.of(2026, 6), null);
        thread.post(complaint.getId(), MessageAuthor.WORKER, "¿Hay novedades?");
        thread.post(complaint.getId(), MessageAuthor.WORKER, "Mandé la foto.");
        assertEquals(2, work.visible(who, complaint.getId()).orElseThrow().getUnreadMessages());
        work.view(who, work.visible(who, complaint.getId()).orElseThrow(), 20);
        assertEquals(0, work.visible(who, complaint.getId()).orElseThrow().getUnreadMessages());
    }

    @Test
    void casesAboutTheSameEmployerInOverlappingPeriodsAreSuggested() {
        StaffPrincipal who = supervisor();
        String employer = "Overlap Growers " + UUID.randomUUID().toString().substring(0, 8);
        Complaint first = newCase(employer, EnumSet.of(Category.UNPAID_HOURS), YearMonth.of(2026, 3), YearMonth.of(2026, 6));
        Complaint overlapping = newCase(employer, EnumSet.of(Category.RECRUITMENT_FEE), YearMonth.of(2026, 5), null);
        Complaint earlier = newCase(employer, EnumSet.of(Category.UNPAID_HOURS), YearMonth.of(2024, 3), YearMonth.of(2024, 6));
        List<Long> suggested = details.suggestions(first).stream().map(Complaint::getId).toList();
        assertTrue(suggested.contains(overlapping.getId()), suggested.toString());
        assertFalse(suggested.contains(earlier.getId()), "a season two years before does not overlap");
        details.link(who, first, overlapping.getId(), org.jornada.casework.entity.CaseLink.Kind.RELATED);
        assertFalse(details.suggestions(first).stream().anyMatch(c -> c.getId().equals(overlapping.getId())),
                "a linked case is no longer a suggestion");
        assertEquals(1, details.links(overlapping.getId()).size(), "the link shows on both cases");
    }

    @Test
    void theNameFilterRelatedCasesAndDirectoryProposalsMatchAcrossAccentsCaseAndLegalSuffixes() throws Exception {
        StaffPrincipal who = supervisor();
        String tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Complaint formal = newCase("Agrícola San José DEMO S.A.", EnumSet.of(Category.UNPAID_HOURS),
                YearMonth.of(2026, 3), YearMonth.of(2026, 6));
        List<Long> found = queue.list(who, CaseQueue.Filter.of(null, null, "agricola san jose", false), 0, 200).items()
                .stream().map(Complaint::getId).toList();
        assertTrue(found.contains(formal.getId()), "'agricola san jose' finds 'Agrícola San José DEMO S.A.'");
        assertTrue(queue.list(who, CaseQueue.Filter.of(null, null, "JOSÉ agríc", false), 0, 200).items().stream()
                .anyMatch(c -> c.getId().equals(formal.getId())), "any order, word starts, accents either way");
        assertTrue(queue.list(who, CaseQueue.Filter.of(null, null, "agricola san pedro", false), 0, 200).items().stream()
                .noneMatch(c -> c.getId().equals(formal.getId())), "every typed word must be there");

        Complaint full = newCase("Agrícola San José " + tag + ", S. de R.L. de C.V.", EnumSet.of(Category.UNPAID_HOURS),
                YearMonth.of(2026, 3), YearMonth.of(2026, 6));
        Complaint typed = newCase("AGRICOLA SAN JOSE " + tag.toUpperCase(), EnumSet.of(Category.RECRUITMENT_FEE),
                YearMonth.of(2026, 4), null);
        Complaint fuller = newCase("agricola san jose " + tag + " demo sa", EnumSet.of(Category.UNSAFE_HOUSING),
                YearMonth.of(2026, 5), null);
        List<Long> suggested = details.suggestions(typed).stream().map(Complaint::getId).toList();
        assertTrue(suggested.contains(full.getId()), "same key: " + suggested);
        assertTrue(suggested.contains(fuller.getId()), "a fuller name of the same words: " + suggested);
        assertTrue(details.suggestions(fuller).stream().anyMatch(c -> c.getId().equals(typed.getId())),
                "and the other way: a shorter name of two words or more");
        assertEquals(List.of(full.getId(), typed.getId(), fuller.getId()).stream().sorted().toList(),
                queue.list(who, CaseQueue.Filter.of(null, null, "Agricola San Jose " + tag, false), 0, 50).items().stream()
                        .map(Complaint::getId).sorted().toList());

        importRows("H-300-PRP-" + tag + ",\"Agrícola San José " + tag + " DEMO, S.A. de C.V.\",GA,2026-03-01\n");
        var proposed = proposals.forCase(typed);
        assertEquals(1, proposed.size(), proposed.toString());
        assertTrue(proposed.get(0).name().contains(tag));
        assertNull(work.visible(who, typed.getId()).orElseThrow().getEmployerEntityId(), "a proposal links nothing by itself");
        linkToDirectory.run(who, typed.getId(),
                new LinkCaseToDirectory.Input(proposed.get(0).id(), EntityKind.EMPLOYER));
        Complaint linked = work.visible(who, typed.getId()).orElseThrow();
        assertEquals(proposed.get(0).id(), linked.getEmployerEntityId(), "linked once staff confirm");
        assertTrue(proposals.forCase(linked).isEmpty(), "a linked name is no longer proposed");
    }

    @Test
    void verifiedCasesLinkedToAnEmployerShowOnItsProfileFromTheFifth() throws Exception {
        StaffPrincipal who = supervisor();
        String name = "Linked Growers " + UUID.randomUUID().toString().substring(0, 8);
        String csv = "CASE_NUMBER,EMPLOYER_NAME,EMPLOYER_STATE\nH-300-LNK-" + UUID.randomUUID().toString().substring(0, 8)
                + ",\"" + name + "\",GA\n";
        directoryImport.run(org.jornada.directory.control.ImportKind.H2A_DISCLOSURE, "linked.csv", 2026,
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        long entry = directoryIndex.search(name, null, null, 1).get(0).id();
        for (int i = 0; i < 5; i++) {
            Complaint complaint = newCase(name, EnumSet.of(Category.UNPAID_HOURS), YearMonth.of(2026, 4), null);
            linkToDirectory.run(who, complaint.getId(), new LinkCaseToDirectory.Input(entry, EntityKind.EMPLOYER));
            work.transition(who, complaint, CaseState.TRIAGED, null);
            work.transition(who, complaint, CaseState.VERIFYING, null);
            if (i < 4) {
                work.transition(who, complaint, CaseState.VERIFIED, "Checked with pay stubs");
                assertTrue(verifiedComplaints.counts(entry, 5).isEmpty(), (i + 1) + " verified cases are too few to show");
            }
        }
        assertTrue(verifiedComplaints.counts(entry, 5).isEmpty(), "a case still being verified does not count");
        Complaint fifth = newCase(name, EnumSet.of(Category.UNPAID_HOURS, Category.RECRUITMENT_FEE), YearMonth.of(2026, 4),
                null);
        linkToDirectory.run(who, fifth.getId(), new LinkCaseToDirectory.Input(entry, EntityKind.EMPLOYER));
        work.transition(who, fifth, CaseState.TRIAGED, null);
        work.transition(who, fifth, CaseState.VERIFYING, null);
        work.transition(who, fifth, CaseState.VERIFIED, "Checked with pay stubs");
        var counts = verifiedComplaints.counts(entry, 5);
        assertEquals(5L, counts.get(org.jornada.complaint.entity.CategoryGroup.WAGES), counts.toString());
        assertFalse(counts.containsKey(org.jornada.complaint.entity.CategoryGroup.RECRUITMENT), "one recruitment case: withheld");
        RefusedException refused = assertThrows(RefusedException.class,
                () -> linkToDirectory.run(who, fifth.getId(), new LinkCaseToDirectory.Input(
                        entry, EntityKind.RECRUITER)), "an employer entry is not a recruiter");
        assertEquals("entryId", refused.errors().get(0).field());
    }

    private void importRows(String rows) throws Exception {
        String csv = "CASE_NUMBER,EMPLOYER_NAME,EMPLOYER_STATE,REQUESTED_BEGIN_DATE\n" + rows;
        directoryImport.run(org.jornada.directory.control.ImportKind.H2A_DISCLOSURE, "curation.csv", 2026,
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private int cases(long entry) {
        return profiles.of(entry, EntityKind.EMPLOYER).orElseThrow().seasons().stream()
                .mapToInt(org.jornada.directory.boundary.Profiles.Season::cases).sum();
    }

    @Test
    void importsFollowAStaffMergeAndASplitNameKeepsItsOwnEntry() throws Exception {
        StaffPrincipal who = supervisor();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Peach Valley " + tag + " Farms";
        importRows("H-300-CUR-" + tag + "-1,\"" + name + " LLC\",GA,2026-03-01\n"
                + "H-300-CUR-" + tag + "-2,\"" + name + "\",SC,2026-03-01\n");
        List<org.jornada.directory.boundary.DirectoryIndex.Entry> two = directoryIndex.search(name, null, null, 5);
        long georgia = two.stream().filter(e -> "GA".equals(e.state())).findFirst().orElseThrow().id();
        long carolina = two.stream().filter(e -> "SC".equals(e.state())).findFirst().orElseThrow().id();
        mergeEntries.run(who, new MergeDirectoryEntries.Input(carolina, georgia));
        assertEquals(2, cases(georgia), "the merged entry's case moved to the survivor");
        assertEquals(2, cases(carolina), "the merged entry's profile shows the survivor");
        importRows("H-300-CUR-" + tag + "-3,\"" + name.toUpperCase() + "\",SC,2026-04-01\n");
        assertEquals(3, cases(georgia), "a later import follows the merge");

        // Same match key as the original (only the legal form differs), yet another business.
        long split = splitName.run(who, new SplitDirectoryName.Input(georgia, name + " Inc"));
        importRows("H-300-CUR-" + tag + "-4,\"" + name.toUpperCase() + " INC\",GA,2026-05-01\n"
                + "H-300-CUR-" + tag + "-5,\"" + name + ", L.L.C.\",GA,2026-05-01\n");
        assertEquals(1, cases(split), "the split name goes to its own entry");
        assertEquals(4, cases(georgia), "other spellings still go to the original");
        assertEquals(1, audit.entries(null, AuditTrail.DIRECTORY_MERGED, who.username(), 5).size());
    }
}
