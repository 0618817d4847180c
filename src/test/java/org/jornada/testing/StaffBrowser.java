package org.jornada.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jornada.staff.control.Totp;

/**
 * A staff member's browser on a running jar, without a browser engine: a cookie jar, the staff
 * pages' forms posted as they are, and the first sign-in's enrolment of the second factor.
 */
public final class StaffBrowser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Http http;

    public StaffBrowser(Http http) {
        this.http = http;
    }

    /** This browser's cookies (the staff session), e.g. to carry a sign-in over to a real browser. */
    public java.util.List<java.net.HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(http.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Password, enrolment of the second factor, recovery codes: the page signed in to. */
    public String signInFirstTime(String username, String password) throws Exception {
        String form = get("/staff/sign-in").body();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("signin", "signin", "signin:username", username,
                "signin:password", password, "signin:code", "", "signin:submit", ""));
        fields.put("jakarta.faces.ViewState", Http.hidden(form, "jakarta.faces.ViewState"));
        String enrol = post("/staff/sign-in", fields).body();
        Matcher secret = Pattern.compile("id=\"secret\">([^<]+)<").matcher(enrol);
        if (!secret.find()) {
            throw new AssertionError("the first sign-in enrols a second factor: " + Http.text(enrol));
        }
        String codes = post("/staff/sign-in", Map.of("enrol", "enrol", "enrol:enrolCode",
                Totp.code(secret.group(1).replace(" ", ""), Instant.now()), "enrol:confirm", "",
                "jakarta.faces.ViewState", Http.hidden(enrol, "jakarta.faces.ViewState"))).body();
        return post("/staff/sign-in", Map.of("recovery", "recovery", "recovery:proceed", "",
                "jakarta.faces.ViewState", Http.hidden(codes, "jakarta.faces.ViewState"))).body();
    }

    /**
     * As a signed-in admin on {@code /staff/admin/accounts}: gives the account this role (its
     * tokens take it too). A case-reading role is given only so, never with an API token.
     */
    public void changeRole(String username, String role) throws Exception {
        String page = get("/staff/admin/accounts").body();
        int row = page.indexOf(username);
        if (row < 0) {
            throw new AssertionError(username + " is not on the accounts page: " + Http.text(page));
        }
        Matcher form = Pattern.compile("<form id=\"(accounts:\\d+:row)\"[^>]*action=\"([^\"]+)\"").matcher(page);
        if (!form.find(row)) {
            throw new AssertionError("no form on " + username + "'s row");
        }
        String id = form.group(1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(id, id);
        fields.put(id + ":new-role_input", role);
        fields.put(id + ":new-password", "");
        fields.put(id + ":role-button", "");
        fields.put("jakarta.faces.ViewState", Http.hidden(page, "jakarta.faces.ViewState"));
        HttpResponse<String> answer = post(form.group(2).replace("&amp;", "&"), fields);
        if (answer.statusCode() != 200 || !answer.body().contains(username)) {
            throw new AssertionError("role not changed: " + answer.statusCode() + " " + Http.text(answer.body()));
        }
    }
}
