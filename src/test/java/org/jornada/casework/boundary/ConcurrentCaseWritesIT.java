package org.jornada.casework.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.casework.entity.CaseChecklist;
import org.jornada.staff.boundary.StaffAccounts;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, item 6: eight staff members write on one case at the same moment through the staff
 * API (notes and messages to the worker, the worker answering, staff reading the case between):
 * every write is answered 201, none 5xx, and every note, message and audit entry is stored once,
 * under an id of its own; and the one record keyed by the case itself, its checklist, is made once
 * when several people tick its first items at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentCaseWritesIT {

    private static final int THREADS = 8;
    private static final int ROUNDS = 8;

    @ArquillianResource
    URL base;

    @Inject
    StaffAccounts staff;

    @PersistenceContext
    EntityManager em;

    @Inject
    CheckChecklistItem checkItem;

    @Inject
    CaseRecords details;

    private String tokenFor(Role role) {
        StaffAccount account = staff.createAccount(role.name().toLowerCase() + "-" + UUID.randomUUID().toString()
                .substring(0, 8), role);
        return staff.issueToken(null, account.getId(), "concurrency", role);
    }

    @Test
    void notesAndMessagesWrittenOnOneCaseFromEightThreadsAtOnceAreAllStoredUnderIdsOfTheirOwn() throws Exception {
        Http http = new Http(Deployments.local(base));
        String employer = "Concurrent Orchards " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"No pagan las horas.\"}");
        assertEquals(201, filed.statusCode(), filed.body());
        String receipt = Http.json(filed).getString("receipt");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            tokens.add(tokenFor(i % 2 == 0 ? Role.SUPERVISOR : Role.ADVOCATE));
        }
        long caseId = Http.json(http.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), "Authorization",
                "Bearer " + tokens.get(0))).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String bearer = "Bearer " + tokens.get(t);
            int thread = t;
            running.add(pool.submit(() -> {
                go.await();
                for (int round = 0; round < ROUNDS; round++) {
                    String tag = "thread " + thread + " round " + round;
                    expect(201, http.postJson("/api/v1/staff/cases/" + caseId + "/notes",
                            "{\"text\":\"Note " + tag + "\",\"forReferral\":" + (round % 2 == 0) + "}",
                            "Authorization", bearer), "note " + tag, failures);
                    expect(201, http.postJson("/api/v1/staff/cases/" + caseId + "/messages",
                            "{\"text\":\"Message " + tag + "\"}", "Authorization", bearer), "message " + tag, failures);
                    if (thread % 4 == 1) {
                        expect(201, http.postJson("/api/v1/followup/messages", "{\"receipt\":\"" + receipt
                                + "\",\"text\":\"Worker answer " + tag + "\"}"), "worker answer " + tag, failures);
                    } else if (thread % 4 == 3) {
                        expect(200, http.get("/api/v1/staff/cases/" + caseId, "Authorization", bearer),
                                "case read " + tag, failures);
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(List.of(), List.copyOf(failures), "every concurrent write answered as it should, none 5xx");

        int workerAnswers = (THREADS / 4) * ROUNDS;
        assertDistinct("SELECT id FROM case_note WHERE complaint_id = ?", caseId, THREADS * ROUNDS, "notes");
        assertDistinct("SELECT id FROM complaint_message WHERE complaint_id = ?", caseId,
                THREADS * ROUNDS + workerAnswers, "messages");
        assertDistinct("SELECT id FROM audit_entry WHERE case_id = ? AND action IN ('NOTE_ADDED', 'MESSAGE_SENT')",
                caseId, 2 * THREADS * ROUNDS, "audit entries of the notes and messages");
    }

    @Test
    void eightPeopleTickingANewCasesChecklistAtOnceMakeOneChecklistWithEveryItem() throws Exception {
        // The checklist's row is keyed by the case: each of them found none and made one, and
        // every commit after the first was a duplicate key (a 500 on the case page).
        Http http = new Http(Deployments.local(base));
        String employer = "Checklist Orchards " + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"No pagan las horas.\"}").statusCode());
        long caseId = Http.json(http.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), "Authorization",
                "Bearer " + tokenFor(Role.SUPERVISOR))).getJsonArray("items").getJsonObject(0).getJsonNumber("id")
                .longValue();
        jakarta.enterprise.concurrent.ManagedExecutorService pool = javax.naming.InitialContext.doLookup(
                "java:comp/DefaultManagedExecutorService");
        CaseChecklist.Item[] items = CaseChecklist.Item.values();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            StaffAccount account = staff.createAccount("checker-" + UUID.randomUUID().toString().substring(0, 8),
                    Role.SUPERVISOR);
            StaffPrincipal who = new StaffPrincipal(account.getId(), account.getUsername(), Role.SUPERVISOR);
            CaseChecklist.Item item = items[t % items.length];
            running.add(pool.submit(() -> {
                go.await();
                return checkItem.run(who, caseId, new CheckChecklistItem.Input(item, true));
            }));
        }
        go.countDown();
        List<String> failures = new ArrayList<>();
        for (Future<Boolean> f : running) {
            try {
                f.get(2, TimeUnit.MINUTES);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(String.valueOf(e.getCause()));
            }
        }
        assertEquals(List.of(), failures, "every tick saved");
        assertTrue(details.checklist(caseId).isDone(), "every item ticked, none lost");
        assertEquals(1, em.createNativeQuery("SELECT complaint_id FROM case_checklist WHERE complaint_id = ?")
                .setParameter(1, caseId).getResultList().size());
    }

    private static void expect(int status, HttpResponse<String> answer, String what,
            ConcurrentLinkedQueue<String> failures) {
        if (answer.statusCode() != status) {
            failures.add(what + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    private void assertDistinct(String sql, long caseId, int expected, String what) {
        List<?> ids = em.createNativeQuery(sql).setParameter(1, caseId).getResultList();
        assertEquals(expected, ids.size(), what + " stored");
        assertEquals(expected, new HashSet<>(ids).size(), what + " under ids of their own");
    }
}
