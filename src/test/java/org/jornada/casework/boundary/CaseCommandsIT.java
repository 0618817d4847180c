package org.jornada.casework.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.control.ValidComplaint;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ComplaintFacts;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.VisaType;
import org.jornada.platform.control.PermissionDeniedException;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.StaffAccounts;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case commands run through the command engine, on the real database: the permission comes
 * before the input is read, and the engine writes a command's audit entry only for a done change.
 */
@ExtendWith(ArquillianExtension.class)
class CaseCommandsIT {

    @Inject
    StaffAccounts staff;

    @Inject
    ComplaintIntake intake;

    @Inject
    CaseHandling work;

    @Inject
    AuditTrail audit;

    @Inject
    MoveCase moveCase;

    @Inject
    MessageWorker messageWorker;

    @Inject
    AddCaseNote addNote;

    @Inject
    ReleaseHeldCase releaseHeld;

    @Test
    void aCaseCommandRefusesARoleThatWorksNoCaseBeforeReadingItsInput() {
        Complaint complaint = newCase("Early Refusal Farms");
        StaffPrincipal union = principal(account(Role.UNION));
        // both inputs would be refused (400); the role is refused first, and audited
        assertThrows(PermissionDeniedException.class, () -> moveCase.run(union, complaint.getId(),
                new MoveCase.Input(CaseState.ESCALATED, null)));
        assertThrows(PermissionDeniedException.class, () -> messageWorker.run(union, complaint.getId(), new MessageWorker.Input(" ")));
        assertEquals(Set.of("move case", "message worker"), audit.entries(complaint.getId(),
                AuditTrail.ACCESS_DENIED, union.username(), 5).stream().map(e -> e.getDetail())
                .collect(Collectors.toSet()));
        assertEquals(CaseState.RECEIVED, work.file(complaint.getId()).getState());
    }

    @Test
    void theEngineWritesACaseCommandsEntryOnlyWhenItsChangeIsDone() {
        Complaint complaint = newCase("Entry Farms");
        StaffPrincipal advocate = principal(account(Role.ADVOCATE));
        assertThrows(RefusedException.class, () -> messageWorker.run(advocate, complaint.getId(), new MessageWorker.Input(" ")));
        assertTrue(audit.entries(complaint.getId(), AuditTrail.MESSAGE_SENT, null, 5).isEmpty());
        assertTrue(messageWorker.run(advocate, complaint.getId(), new MessageWorker.Input("Revisamos su caso.")).isPresent());
        assertEquals(1, audit.entries(complaint.getId(), AuditTrail.MESSAGE_SENT, null, 5).size());
        assertTrue(addNote.run(advocate, complaint.getId(), new AddCaseNote.Input("Llamar al trabajador.", true)));
        assertEquals(List.of("for the referral"), audit.entries(complaint.getId(), AuditTrail.NOTE_ADDED, null, 5)
                .stream().map(e -> e.getDetail()).toList());
        // a case that is not held is not released: no entry
        StaffPrincipal supervisor = principal(account(Role.SUPERVISOR));
        assertEquals(ReleaseHeldCase.Outcome.NOT_HELD, releaseHeld.run(supervisor, complaint.getId()));
        assertTrue(audit.entries(complaint.getId(), AuditTrail.CASE_RELEASED, null, 5).isEmpty());
        // an advocate may not release: refused with the same wording as before, once the case is found
        assertThrows(PermissionDeniedException.class, () -> releaseHeld.run(advocate, complaint.getId()));
        assertEquals(List.of("release held case"), audit.entries(complaint.getId(), AuditTrail.ACCESS_DENIED,
                advocate.username(), 5).stream().map(e -> e.getDetail()).toList());
    }

    private Complaint newCase(String employer) {
        var filed = intake.file(new ValidComplaint(new ComplaintFacts("es", VisaType.H2A,
                EnumSet.of(Category.UNPAID_HOURS), employer + " " + UUID.randomUUID(), "Reclutadora Norte", "GA",
                YearMonth.of(2026, 6), null, false), "Caso de prueba de los comandos de casos.",
                ContactChannel.NONE, null, false), List.of());
        return intake.findByReceipt(filed.receipt()).orElseThrow();
    }

    private StaffAccount account(Role role) {
        return staff.createAccount(role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
                role, "long enough staff passphrase 42");
    }

    private static StaffPrincipal principal(StaffAccount account) {
        return new StaffPrincipal(account.getId(), account.getUsername(), account.getRole());
    }
}
