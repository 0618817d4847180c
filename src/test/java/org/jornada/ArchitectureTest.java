package org.jornada;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's layering, as rules that fail when someone breaks them. The allowed arrows between
 * rooms are read from the table in docs/architecture.md ("Rooms and their allowed arrows"), so
 * the document and the test cannot drift apart: a new feature adds its line there. The tables
 * belong to rooms too ("Tables and their rooms"), and a room's SQL or JPQL may name only the
 * tables of the rooms its line allows ({@link SqlTables} reads the sources, since ArchUnit sees
 * no strings).
 */
class ArchitectureTest {

    private static final String ROOT = "org.jornada";
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\| (.+) \\|$");
    private static final Path SOURCES = Path.of("src/main/java/org/jornada");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern JAVA_MIGRATION = Pattern.compile("\\b(implements|extends)\\s+[\\w.]*JavaMigration\\b");
    private static JavaClasses classes;
    private static Map<String, Set<String>> allowed;
    private static Map<String, String> tableRooms;
    private static Map<String, String> entityTables;

    @BeforeAll
    static void load() throws IOException {
        // the project's classes only: the jars on the class path hold nothing these rules ask about
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(ROOT);
        allowed = allowedArrows(Path.of("docs/architecture.md"));
        tableRooms = SqlTables.owners(Path.of("docs/architecture.md"));
        entityTables = new TreeMap<>();
        classes.stream().filter(c -> c.isAnnotatedWith(Entity.class)).forEach(c -> {
            String name = c.getAnnotationOfType(Entity.class).name();
            entityTables.put(name.isEmpty() ? c.getSimpleName() : name, c.getAnnotationOfType(Table.class).name());
        });
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

    /**
     * A class named for a use case (in a boundary, with a public {@code run} taking the staff member
     * first) is a {@link org.jornada.platform.control.Command} and its {@code run} hands it to the
     * engine, so that permission, validation, change and audit come in one order in one transaction.
     */
    @Test
    void everyUseCaseRunsThroughTheCommandEngine() {
        List<String> broken = new ArrayList<>();
        for (JavaClass useCase : useCases()) {
            if (!useCase.isAssignableTo(org.jornada.platform.control.Command.class)) {
                broken.add(useCase.getName() + " is not a Command");
            }
            useCase.getMethods().stream().filter(ArchitectureTest::isUseCaseRun)
                    .filter(run -> run.getMethodCallsFromSelf().stream().noneMatch(call ->
                            call.getTargetOwner().isEquivalentTo(org.jornada.platform.boundary.Commands.class)
                                    && call.getName().equals("run")))
                    .forEach(run -> broken.add(run.getFullName() + " does not hand the command to Commands.run"));
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    /** The engine alone runs a command's steps: nobody skips the permission or the audit entry. */
    @Test
    void onlyTheEngineRunsACommandsSteps() {
        Set<String> steps = Set.of("permission", "validated", "check", "change", "audit", "absent");
        List<String> broken = new ArrayList<>();
        for (JavaClass caller : classes) {
            if (caller.isEquivalentTo(org.jornada.platform.boundary.Commands.class)) {
                continue;
            }
            caller.getMethodCallsFromSelf().stream()
                    // the compiler's bridge methods (generic steps calling the typed ones) are not callers
                    .filter(call -> !call.getOrigin().getModifiers().contains(
                            com.tngtech.archunit.core.domain.JavaModifier.BRIDGE))
                    .filter(call -> steps.contains(call.getName())
                            && call.getTargetOwner().isAssignableTo(org.jornada.platform.control.Command.class))
                    .forEach(call -> broken.add(call.getDescription()));
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void theUseCaseRuleFindsTheUseCases() {
        // guards the rule itself: were the filter wrong, it would pass on no classes at all
        Set<String> names = useCases().stream().map(JavaClass::getSimpleName).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("AssignCase", "DisableStaffAccount", "MoveReferral", "ImportWageTable")),
                names.toString());
        assertTrue(names.size() >= 26, names.toString());
    }

    private static List<JavaClass> useCases() {
        return classes.stream().filter(c -> c.getPackageName().endsWith(".boundary"))
                .filter(c -> c.getMethods().stream().anyMatch(ArchitectureTest::isUseCaseRun)).toList();
    }

    private static boolean isUseCaseRun(com.tngtech.archunit.core.domain.JavaMethod method) {
        return method.getName().equals("run")
                && method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                && !method.getRawParameterTypes().isEmpty()
                && method.getRawParameterTypes().get(0).isAssignableTo(org.jornada.platform.control.Actor.class);
    }

    /** The room of a table's owner as the rows say: the room's name, or "—" for nobody's. */
    private static String roomOf(String table) {
        return tableRooms.getOrDefault(table, "no room (no row in docs/architecture.md)");
    }

    /** The source files of each room's production code, Flyway's Java migrations left out. */
    private static Map<Path, String> sourcesByRoom() throws IOException {
        Map<Path, String> rooms = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() > 1 && !JAVA_MIGRATION.matcher(Files.readString(file)).find()) {
                    rooms.put(file, relative.getName(0).toString());
                }
            }
        }
        return rooms;
    }

    private static List<String> javaMigrationSources() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (JAVA_MIGRATION.matcher(source).find()) {
                    sources.add(source);
                }
            }
        }
        return sources;
    }

    /** Why this room's source may not name each table it names that belongs to a room off its line. */
    static List<String> refusedTables(String room, String file, String source) {
        Set<String> mayUse = allowed.getOrDefault(room, Set.of());
        if (mayUse.contains("*")) {
            return List.of();
        }
        return SqlTables.named(source, entityTables, tableRooms.keySet()).stream()
                .filter(table -> !room.equals(roomOf(table)) && !mayUse.contains(roomOf(table)))
                .map(table -> file + ": " + room + " names the table " + table + " of " + roomOf(table)
                        + ", which is not on its line (it may use " + (mayUse.isEmpty() ? "only itself" : mayUse)
                        + "): ask that room through a hook or an event, or add the arrow with its reason")
                .toList();
    }

    @Test
    void everyTableTheMigrationsCreateHasItsRoomInTheTable() throws IOException {
        Set<String> created = SqlTables.createdByMigrations(MIGRATIONS, javaMigrationSources());
        Set<String> missing = new TreeSet<>(created);
        missing.removeAll(tableRooms.keySet());
        assertEquals(Set.of(), missing, "tables the Flyway migrations create that have no row under \"## Tables and"
                + " their rooms\" in docs/architecture.md: add a row for each with its room");
        Set<String> unknown = new TreeSet<>(tableRooms.keySet());
        unknown.removeAll(created);
        unknown.removeIf(table -> tableRooms.get(table).equals(SqlTables.NOBODY));
        assertEquals(Set.of(), unknown, "rows under \"## Tables and their rooms\" for tables no migration creates");
        tableRooms.forEach((table, room) -> assertTrue(room.equals(SqlTables.NOBODY) || allowed.containsKey(room),
                table + " belongs to an unknown room: " + room));
    }

    @Test
    void eachEntityMapsATableOfItsOwnRoom() {
        List<String> wrong = new ArrayList<>();
        for (JavaClass entity : classes.stream().filter(c -> c.isAnnotatedWith(Entity.class)).toList()) {
            String room = entity.getPackageName().substring(ROOT.length() + 1).split("\\.")[0];
            List<String> tables = new ArrayList<>(List.of(entity.getAnnotationOfType(Table.class).name()));
            entity.getFields().stream().filter(f -> f.isAnnotatedWith(CollectionTable.class))
                    .forEach(f -> tables.add(f.getAnnotationOfType(CollectionTable.class).name()));
            tables.stream().filter(table -> !room.equals(roomOf(table)))
                    .forEach(table -> wrong.add(entity.getName() + " maps " + table + " of " + roomOf(table)));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void eachRoomsSqlNamesOnlyTablesOfTheRoomsOnItsLine() throws IOException {
        List<String> refused = new ArrayList<>();
        for (Map.Entry<Path, String> file : sourcesByRoom().entrySet()) {
            refused.addAll(refusedTables(file.getValue(), file.getKey().toString(), Files.readString(file.getKey())));
        }
        assertEquals(List.of(), refused);
    }

    @Test
    void theTableCheckRefusesAnotherRoomsTableInSqlAndJpqlButNotItsWordInOtherText() {
        String source = """
                class Spy {
                    // SELECT * FROM review: a comment is no query
                    String key = "review.flagged";
                    String sentence = "the review was published";
                    void rankings() {
                        em.createNativeQuery("SELECT entity_id, AVG(overall) FROM complaint c, review r"
                                + " WHERE r.entity_id = c.employer_entity_id");
                        String match = " FROM mail_outbox m WHERE m.topic = ?";
                        em.createQuery(\"""
                                UPDATE Review r SET r.entityId = :s
                                \""");
                        em.createQuery("SELECT e FROM DirectoryEntry e JOIN e.certifications c");
                    }
                }
                """;
        assertEquals(List.of("Spy.java: pattern names the table mail_outbox of mail",
                "Spy.java: pattern names the table review of review"),
                refusedTables("pattern", "Spy.java", source).stream().map(r -> r.substring(0, r.indexOf(", which"))).toList(),
                "complaint and directory_entity are on pattern's line; review and mail_outbox are not");
        assertEquals(List.of(), refusedTables("startup", "Spy.java", source), "startup may name every table");
        assertEquals(Set.of("complaint", "review", "mail_outbox", "directory_entity"),
                SqlTables.named(source, entityTables, tableRooms.keySet()), "the split literal and the text block count");
    }
}
