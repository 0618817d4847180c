package org.jornada;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's layering, as rules that fail when someone breaks them. The allowed arrows between
 * rooms are read from the table in docs/architecture.md ("Rooms and their allowed arrows"), so
 * the document and the test cannot drift apart: a new feature adds its line there.
 */
class ArchitectureTest {

    private static final String ROOT = "org.jornada";
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\| (.+) \\|$");
    private static JavaClasses classes;
    private static Map<String, Set<String>> allowed;

    @BeforeAll
    static void load() throws IOException {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        allowed = allowedArrows(Path.of("docs/architecture.md"));
    }

    /** The table under "## Rooms and their allowed arrows": room → the rooms it may use. */
    static Map<String, Set<String>> allowedArrows(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document);
        int start = lines.indexOf("## Rooms and their allowed arrows");
        if (start < 0) {
            throw new AssertionError("docs/architecture.md has no \"Rooms and their allowed arrows\" section");
        }
        Map<String, Set<String>> arrows = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                String uses = row.group(2).strip();
                Set<String> targets = uses.equals("all") ? Set.of("*") : uses.equals("—") ? Set.of()
                        : Pattern.compile("`([a-z]+)`").matcher(uses).results().map(m -> m.group(1))
                                .collect(Collectors.toCollection(TreeSet::new));
                arrows.put(row.group(1), targets);
            }
        }
        return arrows;
    }

    private static Set<String> roomsInCode() {
        return classes.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRoomInTheCodeHasItsLineInTheTable() {
        Set<String> missing = new TreeSet<>(roomsInCode());
        missing.removeAll(allowed.keySet());
        assertEquals(Set.of(), missing, "rooms without a line in docs/architecture.md");
        for (Set<String> targets : allowed.values()) {
            for (String target : targets) {
                assertFalse(!target.equals("*") && !allowed.containsKey(target), "the table names an unknown room: " + target);
            }
        }
    }

    @Test
    void eachRoomUsesOnlyTheRoomsOnItsLine() {
        Set<String> rooms = roomsInCode();
        List<String> broken = new ArrayList<>();
        for (String room : rooms) {
            Set<String> mayUse = allowed.getOrDefault(room, Set.of());
            if (mayUse.contains("*")) {
                continue;
            }
            String[] refused = rooms.stream().filter(other -> !other.equals(room) && !mayUse.contains(other))
                    .map(other -> ROOT + "." + other + "..").toArray(String[]::new);
            if (refused.length == 0) {
                continue;
            }
            try {
                noClasses().that().resideInAPackage(ROOT + "." + room + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(refused)
                        .because(room + " may use only " + (mayUse.isEmpty() ? "itself" : mayUse) + " (docs/architecture.md)")
                        .check(classes);
            } catch (AssertionError e) {
                broken.add(e.getMessage());
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void noRoomIsUsedByTheRoomAboveEverything() {
        for (Map.Entry<String, Set<String>> line : allowed.entrySet()) {
            if (line.getValue().contains("*")) {
                noClasses().that().resideOutsideOfPackage(ROOT + "." + line.getKey() + "..")
                        .should().dependOnClassesThat().resideInAPackage(ROOT + "." + line.getKey() + "..")
                        .because(line.getKey() + " sits above every feature").check(classes);
            }
        }
    }

    @Test
    void roomsHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void controlAndEntityClassesNeverUseABoundary() {
        noClasses().that().resideInAnyPackage("..control..", "..entity..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..")
                .because("inside a feature the arrows go boundary → control → entity").check(classes);
        for (String room : roomsInCode()) {
            noClasses().that().resideInAPackage(ROOT + "." + room + ".entity..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + room + ".control..")
                    .because("an entity is the bottom of its feature").allowEmptyShould(true).check(classes);
        }
    }

    @Test
    void facesStaysInTheBoundaries() {
        noClasses().that().resideOutsideOfPackage("..boundary..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.faces..")
                .check(classes);
    }

    @Test
    void pagesAndResourcesDoNotHoldAnEntityManager() {
        noFields().that().haveRawType(jakarta.persistence.EntityManager.class)
                .should().beDeclaredInClassesThat().areAnnotatedWith(jakarta.inject.Named.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .because("Faces beans and REST resources only translate; queries and changes live in services")
                .check(classes);
    }
}
