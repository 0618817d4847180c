package org.jornada.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jornada.platform.control.Actor;
import org.jornada.platform.control.AuditLog;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.PermissionDeniedException;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.RefusedException;
import org.junit.jupiter.api.Test;

/** The engine runs every command in one order: permission, validation and rules, change, audit. */
class CommandsTest {

    /** The audit trail's port, kept in a list: what the engine wrote, and in which order among the steps. */
    private final List<String> steps = new ArrayList<>();

    private final AuditLog log = new AuditLog() {
        @Override
        public void record(Actor who, String action, Long caseId, String detail) {
            steps.add("audit " + action + " " + caseId + " " + detail + " by " + who.actorName());
        }

        @Override
        public void refusal(Actor who, Long caseId, String what) {
            steps.add("refusal " + caseId + " " + what + " by " + (who == null ? "nobody" : who.actorName()));
        }
    };

    private final Commands commands = new Commands(
            new InputValidation(Validation.buildDefaultValidatorFactory().getValidator()), log);

    record Person(long actorId, String actorName, boolean allowed) implements Actor {
    }

    record Rename(@NotBlank(message = "name.needed") String name) {
    }

    /** Renames a thing; the permission, rule and change each note that they ran. */
    class RenameThing implements Command<Person, Rename, String> {

        @Override
        public Permission permission(Call<Person, Rename> call) {
            steps.add("permission");
            if (call.target() == 404) {
                return Permission.absent();
            }
            return Permission.only(call.who().allowed(), call.target(), "rename thing " + call.target());
        }

        @Override
        public void check(Call<Person, Rename> call) {
            steps.add("check");
            if (call.input().name().length() > 10) {
                throw new RefusedException("name", "name.tooLong");
            }
        }

        @Override
        public String change(Call<Person, Rename> call) {
            steps.add("change");
            return call.input().name().strip();
        }

        @Override
        public Optional<Entry> audit(Call<Person, Rename> call, String result) {
            return Optional.of(new Entry("RENAMED", call.target(), "to " + result));
        }

        @Override
        public String absent() {
            return "none";
        }
    }

    private final Person ana = new Person(1, "ana", true);
    private final Person union = new Person(2, "union", false);

    @Test
    void aPermittedValidCommandChangesThenWritesItsAuditEntry() {
        assertEquals("Bee", commands.run(new RenameThing(), ana, 7L, new Rename(" Bee ")));
        assertEquals(List.of("permission", "check", "change", "audit RENAMED 7 to Bee by ana"), steps);
    }

    @Test
    void aRefusalIsAuditedAndAnsweredBeforeTheInputIsRead() {
        // the input is invalid too: permission comes first, so the answer is the refusal, not a 400
        PermissionDeniedException refused = assertThrows(PermissionDeniedException.class, () -> commands.run(new RenameThing(), union, 7L, new Rename("")));
        assertEquals("staff.forbidden", refused.messageKey());
        assertEquals(List.of("permission", "refusal 7 rename thing 7 by union"), steps);
    }

    @Test
    void nobodySignedInIsRefusedWithoutAskingTheCommand() {
        assertThrows(PermissionDeniedException.class, () -> commands.run(new RenameThing(), null, 7L, new Rename("Bee")));
        assertEquals(1, steps.size(), steps.toString());
        assertTrue(steps.get(0).startsWith("refusal 7 RenameThing"), steps.toString());
    }

    @Test
    void aMissingTargetIsAnsweredAsAbsentWithNoChangeAndNoEntry() {
        assertEquals("none", commands.run(new RenameThing(), ana, 404L, new Rename("")));
        assertEquals(List.of("permission"), steps);
    }

    @Test
    void anInvalidInputIsRefusedWithEveryFieldNamedBeforeTheRulesAndTheChange() {
        RefusedException refused = assertThrows(RefusedException.class, () -> commands.run(new RenameThing(), ana, 7L, new Rename(" ")));
        assertEquals("name", refused.errors().get(0).field());
        assertEquals("name.needed", refused.errors().get(0).messageKey());
        assertEquals(List.of("permission"), steps);
    }

    @Test
    void aBrokenRuleIsRefusedBeforeTheChangeAndWritesNoEntry() {
        RefusedException refused = assertThrows(RefusedException.class,
                () -> commands.run(new RenameThing(), ana, 7L, new Rename("far too long a name")));
        assertEquals("name.tooLong", refused.errors().get(0).messageKey());
        assertEquals(List.of("permission", "check"), steps);
    }
}
