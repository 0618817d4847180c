package org.jornada.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Directory entries made in a test through the real importer (the staff imports API). */
public final class DirectoryFixtures {

    private DirectoryFixtures() {
    }

    /** A new employer named {@code prefix} plus a random suffix, imported as an H-2A disclosure row; its id. */
    public static long newEmployer(Http http, String supervisorToken, String prefix) {
        String name = prefix + " " + UUID.randomUUID().toString().substring(0, 8);
        String csv = "CASE_NUMBER,EMPLOYER_NAME,EMPLOYER_STATE,TOTAL_WORKERS_H-2A_CERTIFIED,REQUESTED_BEGIN_DATE\n"
                + "H-300-FIX-" + UUID.randomUUID().toString().substring(0, 8) + ",\"" + name + "\",GA,12,2026-03-01\n";
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(http.url(
                "/api/v1/staff/imports/H2A_DISCLOSURE?fiscalYear=2026"))).POST(HttpRequest.BodyPublishers.ofString(csv)),
                "Authorization", "Bearer " + supervisorToken, "Content-Type", "text/csv");
        assertEquals(200, imported.statusCode(), imported.body());
        return Http.json(http.get("/api/v1/directory/search?q=" + name.replace(' ', '+'))).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }
}
