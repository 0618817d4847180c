package org.jornada.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jornada.testing.Http;

/**
 * The worker pages' forms as a browser finds them in the HTML, posted back whole, without each
 * field in turn and without any button (issue #23: {@code /rate} without its button answered 500).
 * Every answer must be a worker page, never a 5xx; a postback without its button gets the form
 * back with a message in the worker's language.
 */
final class WorkerForms {

    /** One form: where it posts, whether as multipart, its fields (one value each) and its buttons. */
    record Form(String id, String action, boolean multipart, Map<String, String> fields, List<String[]> buttons) {
    }

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("<(input|textarea|select|button)\\b([^>]*)>",
            Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.\\[\\]-]+)=\"([^\"]*)\"");
    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]+)\"");

    static final String NOT_SENT_ES = "No se envió nada";
    static final String NOT_SENT_EN = "Nothing was sent";

    private final Http http;
    private final List<String> failures = new ArrayList<>();
    private int posts;

    WorkerForms(Http http) {
        this.http = http;
    }

    List<String> failures() {
        return failures;
    }

    int posts() {
        return posts;
    }

    static List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            Map<String, String> fields = new LinkedHashMap<>();
            List<String[]> buttons = new ArrayList<>();
            String body = form.group(2);
            Matcher control = CONTROL.matcher(body);
            while (control.find()) {
                Map<String, String> a = attributes(control.group(2));
                String name = a.get("name");
                String type = a.getOrDefault("type", control.group(1).equals("button") ? "submit" : "text");
                if (name == null || type.equals("file")) {
                    continue;
                }
                String value = a.getOrDefault("value", "");
                switch (control.group(1)) {
                    case "button" -> buttons.add(new String[] {name, value});
                    case "textarea" -> fields.putIfAbsent(name, "Texto de prueba");
                    case "select" -> {
                        Matcher option = OPTION.matcher(body.substring(control.end()));
                        fields.putIfAbsent(name, option.find() ? unescape(option.group(1)) : "");
                    }
                    default -> {
                        if (type.equals("submit")) {
                            buttons.add(new String[] {name, value});
                        } else if (type.equals("radio") || type.equals("checkbox")) {
                            if (!value.isEmpty()) {
                                fields.putIfAbsent(name, value);
                            }
                        } else {
                            fields.putIfAbsent(name, value.isEmpty() && !type.equals("hidden") ? "Prueba" : value);
                        }
                    }
                }
            }
            forms.add(new Form(attributes.getOrDefault("id", ""), attributes.getOrDefault("action", ""),
                    attributes.getOrDefault("enctype", "").startsWith("multipart/"), fields, buttons));
        }
        return forms;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(tag);
        while (a.find()) {
            out.putIfAbsent(a.group(1), unescape(a.group(2)));
        }
        return out;
    }

    private static String unescape(String html) {
        Matcher entity = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html.replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'"));
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            entity.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        entity.appendTail(out);
        return out.toString().replace("&amp;", "&");
    }

    /** The form on this page with this id (the page must show it). */
    static Form form(String html, String id) {
        return forms(html).stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no form " + id + " on the page"));
    }

    /**
     * Posts the form whole, then without each field (with its first button), then without any
     * button; {@code values} replace what the page holds (values that keep a post from storing
     * anything, so the walk spends no limit the other tests need). Fields in {@code mayGo404} name
     * what the page is about (the entry rated): without them the address is unknown, 404.
     */
    void walk(String page, Form form, Map<String, String> values, Set<String> mayGo404) {
        Map<String, String> all = new LinkedHashMap<>(form.fields());
        all.putAll(values);
        String[] button = form.buttons().isEmpty() ? null : form.buttons().get(0);
        check(page, form, "whole", post(form, all, button), false, Set.of());
        for (String field : all.keySet()) {
            Map<String, String> less = new LinkedHashMap<>(all);
            less.remove(field);
            check(page, form, "without " + field, post(form, less, button), false,
                    mayGo404.contains(field) ? Set.of(404) : Set.of());
        }
        check(page, form, "without a button", post(form, all, null), form.buttons().size() > 0
                && all.containsKey("jakarta.faces.ViewState"), Set.of());
    }

    HttpResponse<String> post(Form form, Map<String, String> fields, String[] button) {
        posts++;
        String action = form.action().replaceAll("#.*", "");
        if (form.multipart()) {
            Http.Multipart body = new Http.Multipart();
            fields.forEach(body::field);
            if (button != null) {
                body.field(button[0], button[1]);
            }
            return http.postMultipart(action, body);
        }
        Map<String, String> sent = new LinkedHashMap<>(fields);
        if (button != null) {
            sent.put(button[0], button[1]);
        }
        return http.postForm(action, sent);
    }

    private void check(String page, Form form, String what, HttpResponse<String> answer, boolean formBackWithNotice,
            Set<Integer> alsoAllowed) {
        String where = page + " form " + form.id() + " " + what + ": " + answer.statusCode();
        if ((answer.statusCode() == 302 || answer.statusCode() == 303) && !formBackWithNotice) {
            // redirect-after-post (the follow-up's single-use view): the page it leads to is the answer
            String location = answer.headers().firstValue("Location").orElse("");
            if (!location.contains("/follow-up?view=")) {
                failures.add(where + " redirects elsewhere: " + location);
                return;
            }
            answer = http.get(location.substring(location.indexOf("/follow-up")));
        }
        if (alsoAllowed.contains(answer.statusCode())) {
            return;
        }
        if (answer.statusCode() >= 500 || answer.statusCode() >= 400 && !alsoAllowed.contains(answer.statusCode())) {
            failures.add(where);
            return;
        }
        if (!answer.body().contains("id=\"quick-exit\"")) {
            failures.add(where + " is not a worker page");
            return;
        }
        if (formBackWithNotice && !(answer.body().contains("id=\"" + form.id() + "\"")
                && answer.body().contains("id=\"form-notice\""))) {
            failures.add(where + " did not give the form back with a message");
        }
    }

    /** A postback without its button answers the form with the message in the page's language. */
    static void assertFormBackWithNotice(HttpResponse<String> answer, String formId, String words) {
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("id=\"" + formId + "\""), "the form is back");
        assertTrue(answer.body().contains("id=\"form-notice\""), "with a message");
        assertTrue(answer.body().contains(words), "in the page's language: " + words);
        assertFalse(answer.body().contains("Validation Error"), "never Faces' own words");
    }
}
