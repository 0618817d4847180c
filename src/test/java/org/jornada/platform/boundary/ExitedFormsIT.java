package org.jornada.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Someone takes the phone after the worker pressed the quick exit, presses Back and reloads: the
 * browser sends the report form again (with scripts off, the page answered to a sent form is not in
 * the back/forward cache). A form opened before the exit is answered with the empty form, never
 * with what the worker typed; a form opened after it works as always. Replayed here as the browser
 * replays it, over real HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExitedFormsIT {

    @ArquillianResource
    URL base;

    private HttpResponse<String> send(Http http, WorkerForms.Form form, Map<String, String> typed, String cookie) {
        Http.Multipart body = new Http.Multipart();
        // the form's own hidden fields, and what the worker typed: no problem ticked, so it comes back
        Map<String, String> fields = new LinkedHashMap<>();
        for (String hidden : java.util.List.of("report", "lang", "token", "held", "since", "jakarta.faces.ViewState")) {
            if (form.fields().containsKey(hidden)) {
                fields.put(hidden, form.fields().get(hidden));
            }
        }
        fields.putAll(typed);
        fields.forEach(body::field);
        String[] button = form.buttons().stream().filter(b -> b[0].equals("submit")).findFirst().orElseThrow();
        body.field(button[0], button[1]);
        return cookie == null ? http.postMultipart("/report", body) : http.postMultipart("/report", body, "Cookie", cookie);
    }

    @Test
    void aReportFormOpenedBeforeTheQuickExitAndSentAgainShowsTheEmptyFormNotTheStory() throws Exception {
        Deployments.awaitUp(base);
        Http http = new Http(Deployments.local(base));
        String story = "El mayordomo nos amenaza " + UUID.randomUUID().toString().substring(0, 8);
        WorkerForms.Form form = WorkerForms.form(http.get("/report").body(), "report");
        assertTrue(form.fields().get("since").matches("\\d+"), "the form says when it was shown");
        // no problem ticked: the form comes back with the story in it, as the worker left it
        Map<String, String> typed = Map.of("narrative", story, "employerName", "Rancho Secreto");
        HttpResponse<String> back = send(http, form, typed, null);
        assertEquals(200, back.statusCode());
        assertTrue(back.body().contains(story));

        HttpResponse<String> exit = http.get("/exit?lang=es");
        String exited = exit.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("jornada-exited="))
                .findFirst().orElseThrow(() -> new AssertionError(exit.headers().map().toString()));
        String cookie = exited.substring(0, exited.indexOf(';'));
        assertTrue(exited.contains("HttpOnly") && exited.contains("Max-Age=86400"), exited);

        HttpResponse<String> replayed = send(http, form, typed, cookie + "; jornada-exit=1");
        assertEquals(302, replayed.statusCode(), replayed.body());
        String location = replayed.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/report?lang=es"), "to the empty form, nothing else in the address: " + location);
        assertFalse(replayed.body().contains(story), "not a word of the story");
        String empty = http.get("/report?lang=es", "Cookie", cookie).body();
        assertFalse(empty.contains(story) || empty.contains("Rancho Secreto"), "the form it leads to is empty");

        // a form opened after the exit is the worker's new form: it keeps what is typed as always
        Thread.sleep(1_100);
        WorkerForms.Form fresh = WorkerForms.form(http.get("/report", "Cookie", cookie).body(), "report");
        HttpResponse<String> again = send(http, fresh, typed, cookie);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains(story), "a form opened after the exit is not closed");
    }
}
