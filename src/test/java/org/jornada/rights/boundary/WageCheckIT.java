package org.jornada.rights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/v1/wage-check} over HTTP against the tables V21 loads into MariaDB: the answer
 * names the table row it used and says when a figure is not from the official table.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WageCheckIT {

    @ArquillianResource
    URL base;

    private Http http;

    @BeforeEach
    void open() {
        Deployments.awaitUp(base);
        http = new Http(Deployments.local(base));
    }

    @Test
    void anH2aWorkerInNorthCarolinaPaidBelowThe2025AewrGetsTheShortfallWithTheTableItCameFrom() {
        // V21: NC 2025 AEWR 16.16 from 2024-12-16, status secondary (ginpress.org). 40 h x 16.16 = 646.40,
        // paid 560.00: short 86.40.
        HttpResponse<String> answer = http.postJson("/api/v1/wage-check", "{\"visa\":\"H-2A\",\"state\":\"NC\","
                + "\"jobOrderFiledOn\":\"2025-02-01\",\"payBasis\":\"HOURLY\",\"hourlyRate\":14.00,\"periods\":"
                + "[{\"from\":\"2025-05-05\",\"to\":\"2025-05-11\",\"hours\":40,\"paid\":560.00}]}", "Accept-Language", "es");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject a = Http.json(answer);
        assertEquals(new BigDecimal("16.16"), a.getJsonObject("floor").getJsonNumber("hourly").bigDecimalValue());
        JsonObject table = a.getJsonObject("floor").getJsonObject("table");
        assertEquals("secondary", table.getString("status"));
        assertEquals("2024-12-16", table.getString("effective"));
        assertTrue(table.getString("name").contains("89 FR 101628"), table.getString("name"));
        assertEquals(new BigDecimal("86.40"), a.getJsonNumber("totalShortfall").bigDecimalValue());
        String assumptions = a.getJsonArray("assumptions").toString();
        assertTrue(assumptions.contains("no de la tabla oficial"), assumptions);
        assertTrue(assumptions.contains("un defensor lo revisar"), "never a promise: " + assumptions);
        assertEquals("FLSA", a.getJsonArray("deadlines").getJsonObject(0).getString("rule"));
    }

    @Test
    void aWrongFieldIsNamedInTheWorkersLanguage() {
        HttpResponse<String> bad = http.postJson("/api/v1/wage-check", "{\"visa\":\"H-2A\",\"state\":\"NC\","
                + "\"periods\":[{\"from\":\"2025-05-05\",\"hours\":\"cuarenta\"}]}", "Accept-Language", "es");
        assertEquals(400, bad.statusCode());
        assertEquals("periods[0].hours", Http.json(bad).getString("field"));
        assertTrue(bad.body().contains("Escriba un n"), bad.body());
        HttpResponse<String> visa = http.postJson("/api/v1/wage-check", "{\"visa\":\"H-1B\",\"state\":\"NC\"}",
                "Accept-Language", "en");
        assertEquals("visa", Http.json(visa).getString("field"));
        assertTrue(visa.body().contains("H-2A or H-2B"));
        assertEquals(400, http.postJson("/api/v1/wage-check", "{\"visa\":\"H-2A\",\"state\":\"NC\",\"tip\":1}").statusCode(),
                "an unknown field");
    }
}
