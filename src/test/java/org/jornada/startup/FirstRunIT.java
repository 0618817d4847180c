package org.jornada.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jornada.testing.Http;
import org.jornada.testing.RunningJar;
import org.jornada.testing.StaffApiClient;
import org.jornada.testing.StaffBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first run (issue #24): {@code java -jar target/jornada.jar} on a fresh embedded
 * database, here with retention periods of its own. The log has no warning but the allowed ones
 * and ends with one summary; signing in as staff leaves no stack trace; the About page states the
 * periods the portal erases by; the demo fills the union's trends with more than one period.
 */
class FirstRunIT {

    private static final String ADMIN = "first-run-admin-token-0123456789abcdef";
    private static final int CONTACT_DAYS = 200;
    private static final int CASE_DAYS = 800;

    /**
     * Warnings a first start may still print, each with why it stays. Everything else at WARNING
     * or SEVERE fails the test.
     */
    private static final List<String> ALLOWED_WARNINGS = List.of(
            // Payara Micro unpacks itself under java.io.tmpdir at every start and says so; it is
            // made again at the next start, so nothing is lost if the system cleans it.
            "Payara Micro Runtime directory is located in a temporary file location");

    private static RunningJar jar;
    private static Path dataDir;
    private static String startLog;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("jornada-first-run");
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", null);
        env.put("DB_USER", null);
        env.put("DB_PASSWORD", null);
        env.put("JORNADA_SMTP_HOST", null);
        env.put("JORNADA_CLUSTER", null);
        env.put("JORNADA_DEMO", null);
        env.put("JORNADA_ADMIN_TOKEN", ADMIN);
        env.put("JORNADA_RETENTION_CONTACT_DAYS", Integer.toString(CONTACT_DAYS));
        env.put("JORNADA_RETENTION_CASE_DAYS", Integer.toString(CASE_DAYS));
        jar = RunningJar.startAsUser(env, dataDir);
        // the log as it stands when the portal is ready, before any test asks anything
        Thread.sleep(2000);
        startLog = plain(jar.log());
    }

    @AfterAll
    static void stop() throws Exception {
        if (jar != null) {
            jar.close();
        }
    }

    @Test
    void theFirstStartLogsNoWarningButTheAllowedOnesAndEndsWithOneSummary() {
        List<String> problems = startLog.lines().filter(l -> l.contains("[WARNING]") || l.contains("[SEVERE]"))
                .filter(l -> ALLOWED_WARNINGS.stream().noneMatch(l::contains)).collect(Collectors.toList());
        assertTrue(problems.isEmpty(), "warnings a newcomer takes for errors:\n" + String.join("\n", problems));
        assertFalse(startLog.contains("no value found"), "MicroProfile Config's jornada.jdbc.* warnings");

        int summary = startLog.lastIndexOf("======== Jornada ========");
        assertTrue(summary > 0, "the start-up summary: " + tail(startLog));
        String block = startLog.substring(summary);
        String url = "http://localhost:" + jar.port() + "/";
        for (String expected : List.of("Ready: open " + url, "Data folder: " + dataDir, "Database: embedded H2",
                "demo-advocate (ADVOCATE)", "demo-supervisor (SUPERVISOR)", "demo-admin (ADMIN)", "demo-union (UNION)",
                DemoData.STAFF_PASSWORD, DemoData.RECEIPTS.get(0))) {
            assertTrue(block.contains(expected), "the summary names " + expected + ":\n" + block);
        }
        // Only the pattern views' background read may land after it (it runs beside the start).
        String after = block.substring(block.indexOf("=========================") + 25);
        List<String> later = after.lines().filter(l -> l.startsWith("[20") && !l.contains("Pattern data read"))
                .collect(Collectors.toList());
        assertTrue(later.isEmpty(), "the summary is the last block of the start: " + later);
        assertTrue(startLog.indexOf("Loaded demo data") < summary);
        assertTrue(startLog.lines().count() < 150, "a short start: " + startLog.lines().count() + " lines");
    }

    @Test
    void signingInAsStaffLeavesNoStackTraceAndNoWarningInTheLog() throws Exception {
        StaffBrowser supervisor = new StaffBrowser(jar.http());
        supervisor.signInFirstTime("demo-supervisor", DemoData.STAFF_PASSWORD);
        assertEquals(200, supervisor.get("/staff/queue").statusCode());
        assertEquals(200, supervisor.get("/staff/referrals").statusCode());
        Thread.sleep(1000);
        String log = plain(jar.log());
        assertFalse(log.contains("NotSerializableException"), tail(log));
        assertFalse(log.contains("Hazelcast is not enabled"), tail(log));
        assertFalse(log.lines().anyMatch(l -> l.startsWith("\tat ") || l.startsWith("    at ")), "a stack trace: "
                + tail(log));
        List<String> problems = log.lines().filter(l -> l.contains("[WARNING]") || l.contains("[SEVERE]"))
                .filter(l -> ALLOWED_WARNINGS.stream().noneMatch(l::contains)).collect(Collectors.toList());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theAboutPageStatesTheConfiguredRetentionPeriodsAndTheWorkersOwnDeletionInSpanishAndEnglish() {
        String spanish = keepSection(jar.http().get("/about").body());
        assertTrue(spanish.contains("A los " + CONTACT_DAYS + " días: su contacto, sus fotos, PDF y notas de voz."),
                spanish);
        assertTrue(spanish.contains("A los " + CASE_DAYS + " días: todo lo demás que podría señalarle"), spanish);
        assertTrue(spanish.contains("puede borrar ahora su contacto o todo su reporte"), spanish);
        assertFalse(spanish.contains("no borra nada"), "the old, false sentence");
        String english = keepSection(jar.http().get("/about?lang=en").body());
        assertTrue(english.contains("After " + CONTACT_DAYS + " days: your contact details, your photos"), english);
        assertTrue(english.contains("After " + CASE_DAYS + " days: everything else that could point to you"), english);
        assertTrue(english.contains("you can delete your contact details or your whole report now"), english);
        assertFalse(english.contains("does not delete anything"), "the old, false sentence");
    }

    @Test
    void theDemoShowsTheUnionTrendsOverMoreThanOnePeriod() throws Exception {
        String union = new StaffApiClient(jar.http(), ADMIN).newToken("UNION");
        JsonObject trends = Http.json(jar.http().get("/api/v1/patterns/trends", "Authorization", "Bearer " + union));
        long shown = trends.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> !t.getBoolean("suppressed") && t.get("complaints") != JsonValue.NULL).count();
        assertTrue(shown >= 2, "periods with a count shown: " + trends);
        // last year's season lies before the default window of 12 months: ask from 14 months back
        String from = java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(14).toString();
        JsonObject seasons = Http.json(jar.http().get("/api/v1/patterns/trends?by=SEASON&from=" + from,
                "Authorization", "Bearer " + union));
        long shownSeasons = seasons.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> !t.getBoolean("suppressed")).count();
        assertTrue(shownSeasons >= 2, "two seasons with counts: " + seasons);
    }

    /** The "For how long" section of the About page, as text. */
    private static String keepSection(String html) {
        int start = html.indexOf("aria-labelledby=\"keep-title\"");
        assertTrue(start > 0, "the About page has its retention section");
        return html.substring(start, html.indexOf("</section>", start)).replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
    }

    private static String plain(String log) {
        return log.replaceAll("\u001B\\[[0-9;]*m", "");
    }

    private static String tail(String log) {
        return log.substring(Math.max(0, log.length() - 4000));
    }
}
