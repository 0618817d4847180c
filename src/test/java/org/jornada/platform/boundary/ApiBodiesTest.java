package org.jornada.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.Refused;
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

    private static List<String> fields(Refused refused) {
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
        Refused refused = assertThrows(Refused.class, () -> bodies.read("{\"role\":", Grant.class));
        assertEquals(List.of("body"), fields(refused));
        assertEquals("error.body.malformed", refused.errors().get(0).messageKey());
        assertEquals("error.body.notObject", assertThrows(Refused.class, () -> bodies.read("[1]", Grant.class))
                .errors().get(0).messageKey());
    }

    @Test
    void aBodyNestedPastTheLimitIsRefusedAsBodyBeforeParsingAndTheLimitItselfIsRead() {
        String deep = "{\"note\":\"[[\",\"x\":" + "[".repeat(64) + "]".repeat(64) + "}";
        Refused refused = assertThrows(Refused.class, () -> bodies.read(deep, Grant.class));
        assertEquals(List.of("body"), fields(refused));
        assertEquals("error.body.tooDeep", refused.errors().get(0).messageKey());
        assertEquals(List.of(64), List.of(refused.errors().get(0).args()));
        String atLimit = "{\"role\":\"ADVOCATE\",\"x\":" + "[".repeat(63) + "]".repeat(63) + "}";
        assertEquals(Role.ADVOCATE, bodies.read(atLimit, Grant.class).role());
    }

    @Test
    void aFieldOfTheWrongTypeIsRefusedByNameWithItsOwnMessage() {
        Refused refused = assertThrows(Refused.class,
                () -> bodies.read("{\"role\":\"BOSS\",\"accountId\":\"seven\",\"note\":\"fine\"}", Grant.class));
        assertEquals(List.of("accountId", "role"), fields(refused));
        assertEquals("error.field.invalid", refused.errors().get(0).messageKey());
        assertEquals("staff.role.unknown", refused.errors().get(1).messageKey());
    }

    @Test
    void aWrongTypeAndABrokenRuleAreNamedTogether() {
        Refused refused = assertThrows(Refused.class,
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
}
