package org.jornada.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What every page of a walk must pass, as a person sees it (issue 24): nothing wider than the
 * screen, no word broken by the layout, no axe-core violation (WCAG 2.0/2.1/2.2 A and AA), no
 * English word on a Spanish page outside an allow-list of names; and a full-page screenshot under
 * {@code target/walk/STEP.png}, so that anyone can look at the whole walk after a run.
 */
public final class WalkChecks {

    /** The axe-core rule sets a page must pass. */
    public static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * Common English words that are not also Spanish words: one of them on a Spanish page is an
     * untranslated text.
     */
    private static final Set<String> ENGLISH = Set.of("the", "and", "with", "your", "you", "this", "that", "from",
            "will", "have", "been", "which", "what", "when", "where", "who", "would", "should", "could",
            "there", "their", "about", "after", "before", "into", "over", "please", "help", "report", "send", "back",
            "home", "page", "name", "state", "states", "united", "wage", "wages", "pay", "paid", "check",
            "dates", "table", "submit", "search", "other", "more", "here", "yes", "only", "also", "must",
            "not", "our", "we", "they", "it", "its", "is", "are", "was", "were", "be", "by", "of", "for", "or", "on",
            "at", "to", "in", "an", "if", "my", "how", "why", "work", "worker", "workers", "hours", "hour", "week",
            "weeks", "employer", "recruiter", "case", "cases", "message", "messages", "referral", "rate", "rating",
            "delete", "contact", "exit", "quick", "next", "previous", "open", "close", "save", "cancel",
            "show", "hide", "answer", "question", "sign", "out", "account", "none", "unknown", "true", "false",
            "null", "season", "step", "steps");

    private WalkChecks() {
    }

    /**
     * Saves the screenshot {@code target/walk/STEP.png}, then asserts every check; {@code spanish}
     * turns on the English-words check; {@code allowed} are words that may stay as they are on
     * this page (names of employers, places, the portal).
     */
    public static void page(WebDriver browser, String step, boolean spanish, String... allowed) {
        Browsers.screenshot(browser, step);
        List<String> problems = new ArrayList<>();
        problems.addAll(overflow(browser));
        problems.addAll(brokenWords(browser));
        problems.addAll(axe(browser));
        if (spanish) {
            problems.addAll(englishWords(browser, Set.of(allowed)));
        }
        assertTrue(problems.isEmpty(), step + " (" + browser.getCurrentUrl() + "): " + String.join("; ", problems));
    }

    /** The page and every element in it fit the viewport's width. */
    public static List<String> overflow(WebDriver browser) {
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "var w = window.innerWidth, out = [];"
                        + "if (document.documentElement.scrollWidth > w) out.push('page is ' + document.documentElement.scrollWidth + 'px wide for ' + w);"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.width > 0 && r.right > w + 1 && getComputedStyle(e).position !== 'fixed') {"
                        + "    var a = e.parentElement, scroller = false;"
                        + "    while (a && a !== document.body) { if (getComputedStyle(a).overflowX !== 'visible') { scroller = true; break; } a = a.parentElement; }"
                        + "    if (!scroller) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ')[0] : '') + ' ends at ' + Math.round(r.right) + 'px');"
                        + "  }"
                        + "});"
                        + "return out.slice(0, 8);");
        return found.stream().map(String::valueOf).collect(Collectors.toList());
    }

    /**
     * Words the layout broke over two lines (a box too narrow for its text: "organiza / ción",
     * "$804./00", one letter per line). A word is a run of letters, digits and the signs inside
     * amounts and dates; hyphens and slashes may break.
     */
    public static List<String> brokenWords(WebDriver browser) {
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "var out = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), n;"
                        + "var word = /[\\p{L}\\p{N}$.,:'’]+/gu;"
                        + "while ((n = walker.nextNode()) && out.length < 8) {"
                        + "  var p = n.parentElement; if (!p || p.closest('script,style,noscript,svg,[hidden],[aria-hidden=true]')) continue;"
                        + "  if (!p.getClientRects().length) continue;"
                        + "  var m; word.lastIndex = 0;"
                        + "  while ((m = word.exec(n.data)) && out.length < 8) {"
                        + "    if (m[0].length < 2) continue;"
                        + "    var r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);"
                        + "    var rects = Array.prototype.filter.call(r.getClientRects(), function (x) { return x.width > 0; });"
                        + "    var tops = {}; rects.forEach(function (x) { tops[Math.round(x.top)] = true; });"
                        + "    if (Object.keys(tops).length > 1) out.push('\"' + m[0] + '\" breaks over ' + Object.keys(tops).length + ' lines in ' + p.tagName.toLowerCase() + (p.id ? '#' + p.id : ''));"
                        + "  }"
                        + "}"
                        + "return out;");
        return found.stream().map(String::valueOf).collect(Collectors.toList());
    }

    /** axe-core's violations of WCAG 2.2 AA, by rule and node. */
    public static List<String> axe(WebDriver browser) {
        boolean off = Browsers.scriptsOff(browser);
        if (off) {
            Browsers.scripts(browser, true); // axe-core is a script; the page stays as built without them
        }
        List<Rule> violations;
        try {
            violations = new AxeBuilder().withTags(WCAG).analyze(browser).getViolations();
        } finally {
            if (off) {
                Browsers.scripts(browser, false);
            }
        }
        return violations.stream()
                .map(v -> "axe " + v.getId() + " at " + v.getNodes().stream().limit(5)
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(",")))
                .collect(Collectors.toList());
    }

    /**
     * English words in the visible text of a Spanish page (outside elements marked with another
     * {@code lang}, such as the language switch), except the allowed ones.
     */
    public static List<String> englishWords(WebDriver browser, Set<String> allowed) {
        @SuppressWarnings("unchecked")
        List<Object> texts = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "var out = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), n;"
                        + "while ((n = walker.nextNode())) {"
                        + "  var p = n.parentElement; if (!p || p.closest('script,style,noscript,svg,[hidden]')) continue;"
                        + "  var lang = p.closest('[lang]'); if (lang && !/^es/i.test(lang.getAttribute('lang'))) continue;"
                        + "  if (!p.getClientRects().length || !n.data.trim()) continue;"
                        + "  out.push(n.data);"
                        + "}"
                        + "document.querySelectorAll('input[type=submit],input[type=button],[placeholder],[aria-label],img[alt]').forEach(function (e) {"
                        + "  var lang = e.closest('[lang]'); if (lang && !/^es/i.test(lang.getAttribute('lang'))) return;"
                        + "  ['value','placeholder','aria-label','alt'].forEach(function (a) { if (e.getAttribute(a) && (a !== 'value' || e.type === 'submit' || e.type === 'button')) out.push(e.getAttribute(a)); });"
                        + "});"
                        + "return out;");
        Set<String> allowedLower = allowed.stream().flatMap(a -> List.of(a.toLowerCase().split("[^\\p{L}]+")).stream())
                .collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        for (Object text : texts) {
            String line = String.valueOf(text);
            // A token with digits in it (a test's random tag such as "be600772e3") is no word.
            for (String word : line.toLowerCase().split("[^\\p{L}\\p{N}]+")) {
                if (ENGLISH.contains(word) && !allowedLower.contains(word)) {
                    found.add("English \"" + word + "\" in \"" + line.strip() + "\"");
                    break;
                }
            }
            if (found.size() >= 8) {
                break;
            }
        }
        return found;
    }
}
