package org.jornada.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jornada.platform.control.UsStates;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.VisaType;
import org.junit.jupiter.api.Test;

/** Every user-facing text exists in Spanish and in English, and every key the pages use exists. */
class BundleKeysTest {

    private static Properties bundle(String lang) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleKeysTest.class
                .getResourceAsStream("/org/jornada/platform/i18n/messages_" + lang + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everySpanishKeyExistsInEnglishAndBack() throws IOException {
        Set<String> es = new TreeSet<>(bundle("es").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("en").stringPropertyNames());
        Set<String> onlyEs = new TreeSet<>(es);
        onlyEs.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(es);
        assertEquals(Set.of(), onlyEs, "keys missing in English");
        assertEquals(Set.of(), onlyEn, "keys missing in Spanish");
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String lang : List.of("es", "en")) {
            Properties p = bundle(lang);
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).isBlank(), lang + ": " + key + " is empty");
            }
        }
    }

    @Test
    void everyCodeTheFormShowsHasItsTexts() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Category c : Category.values()) {
            keys.add("cat." + c.name());
            keys.add("cat." + c.name() + ".ex");
        }
        for (CategoryGroup g : CategoryGroup.values()) {
            keys.add("group." + g.name());
        }
        for (CaseState s : CaseState.values()) {
            keys.add("state." + s.name());
        }
        for (VisaType v : VisaType.values()) {
            keys.add("visa." + v.name());
        }
        for (ContactChannel c : ContactChannel.values()) {
            keys.add("contact." + c.name());
        }
        UsStates.CODES.forEach(code -> keys.add("usstate." + code));
        for (String lang : List.of("es", "en")) {
            Properties p = bundle(lang);
            for (String key : keys) {
                assertTrue(p.containsKey(key), lang + " lacks " + key);
            }
        }
    }

    @Test
    void everyKeyThePagesAndCodeUseExists() throws IOException {
        Pattern inPages = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Properties es = bundle("es");
        Properties en = bundle("en");
        // every family of keys the bundles have (staff., curation., password. ... included): a Java
        // string that starts like one of them is a key in use and must exist in both languages
        Set<String> families = new TreeSet<>();
        es.stringPropertyNames().forEach(key -> families.add(key.substring(0, key.indexOf('.') + 1)));
        families.remove("");
        Pattern inJava = Pattern.compile("\"([a-z][A-Za-z]*\\.[A-Za-z0-9_.]+)\"");
        Set<String> candidates = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        collect(Path.of("webapp"), ".xhtml", inPages, used);
        collect(Path.of("src", "main", "java"), ".java", inJava, candidates);
        // strings shaped like keys that are not texts: encryption purposes and JSON field paths
        Set<String> notTexts = Set.of("complaint.narrative", "contact.channel", "contact.value",
                "referral.packet");
        candidates.stream().filter(k -> families.contains(k.substring(0, k.indexOf('.') + 1)))
                .filter(k -> !notTexts.contains(k)).forEach(used::add);
        assertTrue(used.size() > 50, "the scan found the keys in use");
        assertTrue(used.stream().anyMatch(k -> k.startsWith("staff.")) && used.stream().anyMatch(k -> k.startsWith("password.")),
                "the staff and password keys are checked too");
        for (String key : used) {
            if (key.endsWith(".")) {
                continue; // a prefix joined with a code at run time, checked above
            }
            assertTrue(es.containsKey(key), "es lacks " + key);
            assertTrue(en.containsKey(key), "en lacks " + key);
        }
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }
}
