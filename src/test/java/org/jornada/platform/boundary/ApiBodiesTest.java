package org.jornada.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.entity.Role;
import org.junit.jupiter.api.Test;

class ApiBodiesTest {

    private final ApiBodies bodies = new ApiBodies();

    ApiBodiesTest() {
        bodies.validation = new InputValidation();
        bodies.validation.validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
    }

    public record Grant(@NotNull(message = "staff.role.unknown") Role role, Long accountId,
            @jakarta.validation.constraints.Pattern(regexp = "[a-z]*", message = "note.lower") String note) {
    }

    public record Seen(long id, Instant at, String detail) {
    }

    /** A worker's body: nested records, a list of them, a figure, a yes/no, a rule that compares two fields. */
    @TypeMessage("error.field.type.string")
    @jakarta.json.bind.annotation.JsonbPropertyOrder({"name", "shifts", "contact", "urgent"})
    public record Report(@NotNull(message = "error.field.required") String name, List<Shift> shifts, Contact contact,
            @TypeMessage("error.field.type.boolean") Boolean urgent) {
    }

    public record Contact(String phone) {
    }

    @TypeMessage("shift.hours")
    public record Shift(Integer from, Integer to) implements BodyRules {
        @Override
        public List<FieldError> broken() {
            return from != null && to != null && to < from ? List.of(new FieldError("to", "shift.order", from)) : List.of();
        }
    }

    private RefusedException intakeRefused(String body) {
        return assertThrows(RefusedException.class, () -> bodies.intake(body, Report.class));
    }

    private static java.io.InputStream stream(String body) {
        return new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<String> fields(RefusedException refused) {
        return refused.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aWellFormedBodyBecomesTheRecord() {
        Grant grant = bodies.read("{\"role\":\"ADVOCATE\",\"accountId\":7,\"note\":\"hi\",\"extra\":1}", Grant.class);
        assertEquals(new Grant(Role.ADVOCATE, 7L, "hi"), grant);
    }

    @Test
    void noBodyIsEveryFieldMissingForTheConstraintsToName() {
        assertEquals(new Grant(null, null, null), bodies.read("", Grant.class));
        assertEquals(new Grant(null, null, null), bodies.read(null, Grant.class));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsBody() {
        RefusedException refused = assertThrows(RefusedException.class, () -> bodies.read("{\"role\":", Grant.class));
        assertEquals(List.of("body"), fields(refused));
        assertEquals("error.body.malformed", refused.errors().get(0).messageKey());
        assertEquals("error.body.notObject", assertThrows(RefusedException.class, () -> bodies.read("[1]", Grant.class))
                .errors().get(0).messageKey());
    }

    @Test
    void aBodyNestedPastTheLimitIsRefusedAsBodyBeforeParsingAndTheLimitItselfIsRead() {
        String deep = "{\"note\":\"[[\",\"x\":" + "[".repeat(64) + "]".repeat(64) + "}";
        RefusedException refused = assertThrows(RefusedException.class, () -> bodies.read(deep, Grant.class));
        assertEquals(List.of("body"), fields(refused));
        assertEquals("error.body.tooDeep", refused.errors().get(0).messageKey());
        assertEquals(List.of(64), List.of(refused.errors().get(0).args()));
        String atLimit = "{\"role\":\"ADVOCATE\",\"x\":" + "[".repeat(63) + "]".repeat(63) + "}";
        assertEquals(Role.ADVOCATE, bodies.read(atLimit, Grant.class).role());
    }

    @Test
    void aFieldOfTheWrongTypeIsRefusedByNameWithItsOwnMessage() {
        RefusedException refused = assertThrows(RefusedException.class,
                () -> bodies.read("{\"role\":\"BOSS\",\"accountId\":\"seven\",\"note\":\"fine\"}", Grant.class));
        assertEquals(List.of("accountId", "role"), fields(refused));
        assertEquals("error.field.invalid", refused.errors().get(0).messageKey());
        assertEquals("staff.role.unknown", refused.errors().get(1).messageKey());
    }

    @Test
    void aWrongTypeAndABrokenRuleAreNamedTogether() {
        RefusedException refused = assertThrows(RefusedException.class,
                () -> bodies.read("{\"role\":5,\"note\":\"UPPER\"}", Grant.class));
        assertEquals(List.of("note", "role"), fields(refused));
        assertEquals("note.lower", refused.errors().get(0).messageKey());
    }

    @Test
    void answersNameEveryFieldNullIncludedWithIsoTimes() {
        String json = ApiBodies.json(new Seen(3, Instant.parse("2026-11-30T05:23:35Z"), null));
        assertTrue(json.contains("\"id\":3"), json);
        assertTrue(json.contains("\"at\":\"2026-11-30T05:23:35Z\""), json);
        assertTrue(json.contains("\"detail\":null"), json);
        assertEquals("{\"at\":\"2026-11-30T05:23:35Z\",\"detail\":null,\"id\":3}", json, "the same order every time");
        assertNull(bodies.read("{\"note\":null}", Grant.class).note());
    }

    @Test
    void aWorkersBodyBecomesTheRecordWithItsNestedRecords() {
        Report report = bodies.intake(stream("{\"name\":\"Ana\",\"shifts\":[{\"from\":6,\"to\":14}],"
                + "\"contact\":{\"phone\":\"+1 555\"},\"urgent\":true}"), Report.class);
        assertEquals(new Report("Ana", List.of(new Shift(6, 14)), new Contact("+1 555"), true), report);
    }

    @Test
    void aWorkersBodyNamesEveryUnknownMistypedAndBrokenFieldInOneRefusalInTheRecordsOrder() {
        RefusedException refused = intakeRefused("{\"urgent\":\"yes\",\"ssn\":\"1\",\"shifts\":[{\"from\":9,\"to\":8},"
                + "{\"from\":\"six\"},{\"from\":1.5}],\"contact\":{\"phone\":5,\"fax\":\"2\"}}");
        assertEquals(List.of("ssn", "name", "shifts[0].to", "shifts[1].from", "shifts[2].from", "contact.fax",
                "contact.phone", "urgent"), fields(refused));
        assertEquals(List.of("error.field.unknown", "error.field.required", "shift.order", "shift.hours", "shift.hours",
                "error.field.unknown", "error.field.invalid", "error.field.type.boolean"),
                refused.errors().stream().map(FieldError::messageKey).toList());
        assertEquals(List.of("ssn"), List.of(refused.errors().get(0).args()), "the unknown field is said");
        assertEquals(List.of(9), List.of(refused.errors().get(2).args()), "a rule's figure is said");
    }

    @Test
    void aWorkersBodyTakesNoTextForANumberNorANumberForATextNorAWordForYesOrNo() {
        assertEquals(List.of("name", "shifts[0].from", "urgent"), fields(intakeRefused(
                "{\"name\":7,\"shifts\":[{\"from\":\"6\"}],\"urgent\":\"true\"}")));
        assertEquals(List.of("shifts[0]"), fields(intakeRefused("{\"name\":\"Ana\",\"shifts\":[5]}")),
                "a list item that is not an object is named by its place");
        assertEquals(List.of("contact"), fields(intakeRefused("{\"name\":\"Ana\",\"contact\":[]}")));
    }

    @Test
    void aWorkersBodyIsMeasuredBeforeItIsParsedAndMayNotBeMissing() {
        String big = "{\"name\":\"" + "a".repeat(ApiBodies.MAX_BYTES) + "\"}";
        assertThrows(TooLargeException.class, () -> bodies.intake(stream(big), Report.class));
        assertEquals("error.body.empty", assertThrows(RefusedException.class, () -> bodies.intake(stream(""), Report.class))
                .errors().get(0).messageKey());
        assertEquals("error.body.malformed", assertThrows(RefusedException.class,
                () -> bodies.intake(stream("{\"name\":"), Report.class)).errors().get(0).messageKey());
        assertEquals("error.body.tooDeep", assertThrows(RefusedException.class, () -> bodies.intake(
                stream("{\"x\":" + "[".repeat(65) + "]".repeat(65) + "}"), Report.class)).errors().get(0).messageKey());
    }

    @Test
    void anArrayWhereAStaffBodyWantsOneValueIsNamedNotCalledBrokenJson() {
        // fresh eyes: {"role":["ADMIN"]} was answered "the body is not valid JSON"
        RefusedException refused = assertThrows(RefusedException.class, () -> bodies.read("{\"role\":[\"ADMIN\"]}", Grant.class));
        assertEquals("role", refused.errors().get(0).field(), refused.errors().toString());
    }
}
