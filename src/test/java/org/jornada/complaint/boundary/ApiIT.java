package org.jornada.complaint.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.jornada.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API over real HTTP against the deployed WAR on Payara Micro and MariaDB: every success
 * and error path of issue #2. Runs as a client; the storage checks are in {@link StorageIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    @ArquillianResource
    URL base;


    private static boolean up;

    private Http http() {
        if (!up) {
            Deployments.awaitUp(base);
            up = true;
        }
        return new Http(Deployments.local(base));
    }

    static final String MINIMAL = "{\"categories\":[\"UNPAID_HOURS\"],\"narrative\":\"No pagan las horas de espera.\"}";

    private String file(String json) {
        HttpResponse<String> response = http().postJson("/api/v1/complaints", json);
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response).getString("receipt");
    }

    @Test
    void filesAComplaintAndAnswersWithATwentyDigitReceipt() {
        HttpResponse<String> response = http().postJson("/api/v1/complaints", "{\"language\":\"es\",\"visaType\":\"H2A\","
                + "\"categories\":[\"RECRUITMENT_FEE\",\"BELOW_REQUIRED_WAGE\"],\"employerName\":\"Agrícola San José\","
                + "\"recruiterName\":\"Reclutadora del Norte\",\"worksiteState\":\"GA\",\"startedOn\":\"2026-03\","
                + "\"endedOn\":\"2026-09\",\"narrative\":\"Me cobraron 9,000 pesos por la visa.\",\"inDanger\":false,"
                + "\"contact\":{\"channel\":\"WHATSAPP\",\"value\":\"+52 55 1234 5678\"},\"consentToContact\":true}");
        assertEquals(201, response.statusCode(), response.body());
        JsonObject body = Http.json(response);
        assertTrue(body.getString("receipt").matches("\\d{20}"));
        assertFalse(body.getBoolean("urgent"));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.headers().firstValue("Location").isEmpty(), "the receipt never travels in a URL");
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
    }

    @Test
    void marksCoercionOrDangerNowAsUrgent() {
        HttpResponse<String> coercion = http().postJson("/api/v1/complaints",
                "{\"categories\":[\"DOCUMENTS_TAKEN\"],\"narrative\":\"Tienen mi pasaporte.\"}");
        assertTrue(Http.json(coercion).getBoolean("urgent"));
        HttpResponse<String> danger = http().postJson("/api/v1/complaints",
                "{\"categories\":[\"UNSAFE_HOUSING\"],\"narrative\":\"Hay fuego.\",\"inDanger\":true}");
        assertTrue(Http.json(danger).getBoolean("urgent"));
    }

    @Test
    void rejectsAnUnknownFieldNamingItInTheClientsLanguage() {
        HttpResponse<String> response = http().postJson("/api/v1/complaints",
                "{\"categories\":[\"OTHER\"],\"narrative\":\"x\",\"ssn\":\"123\"}", "Accept-Language", "en-US,en;q=0.8");
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("en", response.headers().firstValue("Content-Language").orElse(""));
        JsonObject problem = Http.json(response);
        assertEquals("ssn", problem.getString("field"));
        assertEquals(400, problem.getInt("status"));
        assertEquals("Unknown field: ssn", problem.getString("detail"));
    }

    @Test
    void rejectsUnknownCategoryCodesInSpanishByDefault() {
        HttpResponse<String> response = http().postJson("/api/v1/complaints",
                "{\"categories\":[\"WAGE_THEFT\"],\"narrative\":\"x\"}");
        assertEquals(400, response.statusCode());
        JsonObject problem = Http.json(response);
        assertEquals("categories", problem.getString("field"));
        assertTrue(problem.getString("detail").startsWith("Tipo de problema desconocido"), problem.toString());
    }

    @Test
    void requiresCategoriesAndANarrativeOfAtMostTwentyThousandCharacters() {
        assertEquals("categories", Http.json(http().postJson("/api/v1/complaints", "{\"narrative\":\"x\"}"))
                .getString("field"));
        assertEquals("narrative", Http.json(http().postJson("/api/v1/complaints", "{\"categories\":[\"OTHER\"]}"))
                .getString("field"));
        String tooLong = "{\"categories\":[\"OTHER\"],\"narrative\":\"" + "a".repeat(20_001) + "\"}";
        HttpResponse<String> response = http().postJson("/api/v1/complaints", tooLong);
        assertEquals(400, response.statusCode());
        assertEquals("narrative", Http.json(response).getString("field"));
        file("{\"categories\":[\"OTHER\"],\"narrative\":\"" + "ñ".repeat(20_000) + "\"}");
    }

    @Test
    void rejectsWrongTypesMalformedJsonAndTheWrongMediaType() {
        assertEquals("inDanger", Http.json(http().postJson("/api/v1/complaints",
                "{\"categories\":[\"OTHER\"],\"narrative\":\"x\",\"inDanger\":\"yes\"}")).getString("field"));
        assertEquals("categories", Http.json(http().postJson("/api/v1/complaints",
                "{\"categories\":\"OTHER\",\"narrative\":\"x\"}")).getString("field"));
        assertEquals("contact.phone", Http.json(http().postJson("/api/v1/complaints",
                "{\"categories\":[\"OTHER\"],\"narrative\":\"x\",\"contact\":{\"phone\":\"1\"}}")).getString("field"));
        HttpResponse<String> malformed = http().postJson("/api/v1/complaints", "{\"categories\":[\"OTHER\"");
        assertEquals(400, malformed.statusCode());
        assertEquals("body", Http.json(malformed).getString("field"));
        HttpResponse<String> wrongType = http().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(http().url("/api/v1/complaints"))).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(MINIMAL)));
        assertEquals(415, wrongType.statusCode());
        assertTrue(wrongType.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> unknownPath = http().get("/api/v1/nothing-here");
        assertEquals(404, unknownPath.statusCode());
        assertEquals(404, Http.json(unknownPath).getInt("status"));
    }

    @Test
    void followUpShowsTheStateAndTheThreadAndTakesAnswers() {
        String receipt = file(MINIMAL);
        String grouped = receipt.replaceAll("(\\d{4})(?=\\d)", "$1 ");
        HttpResponse<String> read = http().postJson("/api/v1/followup", "{\"receipt\":\"" + grouped + "\"}");
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("RECEIVED", Http.json(read).getString("state"));
        assertEquals(0, Http.json(read).getJsonArray("messages").size());

        HttpResponse<String> sent = http().postJson("/api/v1/followup/messages",
                "{\"receipt\":\"" + receipt + "\",\"text\":\"Tengo fotos del talón de pago.\"}");
        assertEquals(201, sent.statusCode(), sent.body());
        assertEquals("WORKER", Http.json(sent).getString("from"));

        JsonObject thread = Http.json(http().postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}"));
        assertEquals(1, thread.getJsonArray("messages").size());
        JsonObject message = thread.getJsonArray("messages").getJsonObject(0);
        assertEquals("Tengo fotos del talón de pago.", message.getString("text"));
        assertNotNull(message.getString("at"));

        assertEquals(400, http().postJson("/api/v1/followup/messages",
                "{\"receipt\":\"" + receipt + "\",\"text\":\"  \"}").statusCode());
        assertEquals(400, http().postJson("/api/v1/followup/messages",
                "{\"receipt\":\"" + receipt + "\",\"text\":\"" + "a".repeat(5_001) + "\"}").statusCode());
    }

    @Test
    void unknownAndMalformedReceiptsGetTheSameGenericAnswer() {
        HttpResponse<String> unknown = wrongFollowUp("{\"receipt\":\"0000 0000 0000 0000 0009\"}");
        HttpResponse<String> malformed = wrongFollowUp("{\"receipt\":\"12-ab\"}");
        assertEquals(404, unknown.statusCode());
        assertEquals(404, malformed.statusCode());
        assertEquals(unknown.body(), malformed.body());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void evidenceIsStrippedHashedAndTypedFromContent() throws Exception {
        String receipt = file(MINIMAL);
        byte[] photo = TestFiles.jpegWithGps();
        HttpResponse<String> response = http().postMultipart("/api/v1/followup/evidence", new Http.Multipart()
                .field("receipt", receipt).file("file", "talon.pdf", "application/pdf", photo));
        assertEquals(201, response.statusCode(), response.body());
        JsonObject body = Http.json(response);
        assertEquals("image/jpeg", body.getString("contentType"), "type comes from content, not the name");
        assertTrue(body.getBoolean("metadataRemoved"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        assertFalse(sha.equals(body.getString("sha256")), "the hash is of the stripped file, not the original");
        assertTrue(body.getString("sha256").matches("[0-9a-f]{64}"));

        HttpResponse<String> pdf = http().postMultipart("/api/v1/followup/evidence", new Http.Multipart()
                .field("receipt", receipt).file("file", "contrato.pdf", "application/pdf", TestFiles.pdfWithAuthor()));
        assertEquals(201, pdf.statusCode(), pdf.body());
        assertEquals("application/pdf", Http.json(pdf).getString("contentType"));
    }

    @Test
    void evidenceOfAnUnsupportedTypeIs415AndOverTenMegabytesIs413() {
        String receipt = file(MINIMAL);
        HttpResponse<String> html = http().postMultipart("/api/v1/followup/evidence", new Http.Multipart()
                .field("receipt", receipt).file("file", "foto.jpg", "image/jpeg",
                        "<html><script>alert(1)</script></html>".getBytes()), "Accept-Language", "en");
        assertEquals(415, html.statusCode());
        assertTrue(Http.json(html).getString("detail").startsWith("File type not accepted"));

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        byte[] jpeg = TestFiles.plainJpeg();
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        HttpResponse<String> tooLarge = http().postMultipart("/api/v1/followup/evidence", new Http.Multipart()
                .field("receipt", receipt).file("file", "big.jpg", "image/jpeg", big));
        assertEquals(413, tooLarge.statusCode());
        assertTrue(Http.json(tooLarge).getString("detail").contains("10 MB"));

        HttpResponse<String> notMultipart = http().postJson("/api/v1/followup/evidence", "{}");
        assertEquals(415, notMultipart.statusCode());
    }

    @Test
    void evidenceForAnUnknownReceiptIsTheGenericNotFound() {
        HttpResponse<String> response = http().postMultipart("/api/v1/followup/evidence", new Http.Multipart()
                .field("receipt", "1111 2222 3333 4444 5555").file("file", "a.jpg", "image/jpeg", TestFiles.plainJpeg()));
        assertEquals(404, response.statusCode());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        HttpResponse<String> response = http().get("/");
        assertEquals(200, response.statusCode());
        var headers = response.headers();
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"));
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""));
        String permissions = headers.firstValue("Permissions-Policy").orElse("");
        assertTrue(permissions.contains("geolocation=()") && permissions.contains("camera=()")
                && permissions.contains("microphone=()"), permissions);
        assertTrue(headers.firstValue("Cache-Control").orElse("").contains("no-store"));
        assertTrue(headers.firstValue("Set-Cookie").isEmpty(), "worker pages set no cookie");
    }

    @Test
    void theQuickExitSetsAConstantCookieForOneHopThenDeletesItLeavesOnlyTheTimeOfTheExitAndGoesToTheNeutralPage() {
        HttpResponse<String> first = http().get("/exit?lang=en");
        assertEquals(302, first.statusCode());
        String hop = first.headers().firstValue("Location").orElse("");
        assertTrue(hop.endsWith("/exit/away?lang=en"), hop);
        String set = first.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(set.startsWith("jornada-exit=1;") && set.contains("HttpOnly") && set.contains("SameSite=Strict"), set);
        assertEquals("no-referrer", first.headers().firstValue("Referrer-Policy").orElse(""));
        String exited = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("jornada-exited="))
                .findFirst().orElse("");
        assertTrue(exited.matches("jornada-exited=\\d{13};.*") && exited.contains("HttpOnly"),
                "the time of the exit, and nothing else, closes the forms opened before it: " + exited);

        HttpResponse<String> second = http().get(hop.substring(hop.indexOf("/exit")));
        assertEquals(302, second.statusCode());
        assertEquals("https://www.google.com/search?q=weather", second.headers().firstValue("Location").orElse(""));
        String deleted = second.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(deleted.startsWith("jornada-exit=;") && deleted.contains("Max-Age=0"), deleted);
        assertTrue(second.headers().firstValue("Content-Security-Policy").isPresent());

        HttpResponse<String> spanish = http().get("/exit/away?lang=xx%0d%0aSet-Cookie:%20a=b");
        assertEquals("https://www.google.com/search?q=clima", spanish.headers().firstValue("Location").orElse(""));
    }

    @Test
    void theOpenApiDescriptionListsTheComplaintEndpoints() {
        // Payara serves MicroProfile OpenAPI at the server root, whatever the context root
        HttpResponse<String> root = new Http("http://127.0.0.1:" + base.getPort())
                .get("/openapi");
        assertEquals(200, root.statusCode());
        assertTrue(root.body().contains("/api/v1/complaints"), root.body());
        assertTrue(root.body().contains("/api/v1/followup"));
    }

    private HttpResponse<String> wrongFollowUp(String body) {
        return http().postJson("/api/v1/followup", body);
    }
}
