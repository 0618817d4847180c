package org.jornada.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.complaint.control.ValidComplaint;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.ComplaintFacts;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.complaint.entity.ReceiptCode;
import org.jornada.complaint.entity.VisaType;
import org.jornada.platform.control.Settings;

/**
 * Clearly fake demo data for the embedded default, so a newcomer can try every worker page on a
 * fresh start. Loaded once, into an empty embedded database only; {@code JORNADA_DEMO=false}
 * turns it off. The demo receipt codes are listed in the README.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Demo receipt codes, public by design: they open only the fake demo cases. */
    public static final List<String> RECEIPTS = List.of("2026 0000 0000 0000 0001", "2026 0000 0000 0000 0002",
            "2026 0000 0000 0000 0003");

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintIntake intake;

    @Inject
    MessageThread thread;

    @Inject
    Clock clock;

    @Inject
    org.jornada.staff.boundary.StaffAccounts staff;

    @Inject
    org.jornada.directory.boundary.DirectoryImport directory;

    @Inject
    DemoOffice office;

    /**
     * Demo directory: employers (through the real H-2A importer) and recruiters (through the real
     * recruiter list importer, {@link #DEMO_RECRUITER_LIST}, which spells them as here), all marked DEMO.
     */
    static final String DEMO_DISCLOSURE = "/org/jornada/startup/demo/H-2A_Disclosure_Data_DEMO_FY2026.csv";
    /** Last season's demo certification, in a fiscal year's file of its own as DOL publishes them. */
    static final String DEMO_DISCLOSURE_2025 = "/org/jornada/startup/demo/H-2A_Disclosure_Data_DEMO_FY2025.csv";
    /** The recruiters the demo employers disclosed, through the real recruiter list importer (issue #28). */
    static final String DEMO_RECRUITER_LIST = "/org/jornada/startup/demo/Foreign_Labor_Recruiter_List_DEMO_FY2026.csv";
    static final List<String[]> DEMO_RECRUITERS = List.of(
            new String[] {"Reclutamientos del Bajío DEMO", "León, Guanajuato", "Mexico"},
            new String[] {"Agencia Laboral Centroamericana DEMO", "Ciudad de Guatemala", "Guatemala"},
            new String[] {"Servicios de Contratación Peñasco DEMO, S. de R.L.", "Monterrey, Nuevo León", "Mexico"});

    /** Demo staff accounts (README): each enrols an authenticator app at its first sign-in. */
    public static final List<String> STAFF = List.of("demo-advocate", "demo-supervisor", "demo-supervisor2",
            "demo-admin", "demo-union");
    /** The role of each demo staff account, in the order of {@link #STAFF}. */
    public static final List<org.jornada.staff.entity.Role> STAFF_ROLES = List.of(org.jornada.staff.entity.Role.ADVOCATE,
            org.jornada.staff.entity.Role.SUPERVISOR, org.jornada.staff.entity.Role.SUPERVISOR,
            org.jornada.staff.entity.Role.ADMIN,
            org.jornada.staff.entity.Role.UNION);
    /** The demo staff password, public by design: it opens only the embedded demo. */
    public static final String STAFF_PASSWORD = "jornada-demo-2026";

    /** The demo's lines of the start-up summary: the staff accounts and the receipt codes (README). */
    public String summary() {
        StringBuilder lines = new StringBuilder("Demo staff accounts, password " + STAFF_PASSWORD
                + " (an authenticator app is set up at the first sign-in):\n");
        for (int i = 0; i < STAFF.size(); i++) {
            lines.append("  ").append(STAFF.get(i)).append(" (").append(STAFF_ROLES.get(i)).append(")\n");
        }
        return lines.append("Demo receipt codes for /follow-up: ").append(String.join(", ", RECEIPTS)).append('\n')
                .toString();
    }

    public boolean enabled() {
        return Settings.demoWanted();
    }

    @Transactional
    public void loadIfEmpty() {
        long complaints = em.createQuery("SELECT COUNT(c) FROM Complaint c", Long.class).getSingleResult();
        if (complaints > 0) {
            return;
        }
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < STAFF.size(); i++) {
            if (staff.account(STAFF.get(i)).isEmpty()) {
                staff.createAccount(STAFF.get(i), STAFF_ROLES.get(i), STAFF_PASSWORD);
            }
        }
        long first = file(0, new ComplaintFacts("es", VisaType.H2A,
                EnumSet.of(Category.RECRUITMENT_FEE, Category.BELOW_REQUIRED_WAGE), "Agrícola San José DEMO S.A.",
                "Reclutamientos del Bajío DEMO", "GA", now.minusMonths(5), now.minusMonths(1), false),
                "DEMO (datos falsos). El reclutador me cobró 9,000 pesos por la visa y en el campo nos pagan menos "
                        + "de lo que dice el contrato.");
        thread.post(first, MessageAuthor.ADVOCATE,
                "DEMO: Hola, recibimos su reporte. ¿Tiene un talón de pago o un recibo del cobro? Puede subir una foto aquí.");
        thread.post(first, MessageAuthor.WORKER, "DEMO: Sí, tengo el recibo. Lo subo mañana.");
        long second = file(1, new ComplaintFacts("es", VisaType.H2B, EnumSet.of(Category.DOCUMENTS_TAKEN, Category.UNPAID_HOURS),
                "Mariscos del Golfo DEMO LLC", null, "LA", now.minusMonths(2), null, true),
                "DEMO (datos falsos). El patrón guarda nuestros pasaportes y no paga las horas extra.");
        long third = file(2, new ComplaintFacts("en", VisaType.H2A,
                EnumSet.of(Category.UNSAFE_HOUSING, Category.HEAT_WATER_SHADE), "Viveros Hermanos Pérez DEMO Inc.",
                "Agencia Laboral Centroamericana DEMO", "NC", now.minusMonths(3), null, false),
                "DEMO (fake data). Twelve of us share one trailer with no working toilet, and there is no shade or "
                        + "water in the field.");
        thread.post(third, MessageAuthor.ADVOCATE, "DEMO: Thank you. We are reviewing your report this week.");
        // the recruiters come from the demo recruiter list below (an import's batches commit on their own, so
        // entries made here, not yet committed, could not be referred to by them)
        em.flush();
        try (java.io.InputStream demo = DemoData.class.getResourceAsStream(DEMO_DISCLOSURE);
                java.io.InputStream before = DemoData.class.getResourceAsStream(DEMO_DISCLOSURE_2025)) {
            // this year's file first: an entry keeps the first spelling imported, and the demo cases are linked by it
            directory.run(org.jornada.directory.control.ImportKind.H2A_DISCLOSURE, DEMO_DISCLOSURE, 2026, demo);
            directory.run(org.jornada.directory.control.ImportKind.H2A_DISCLOSURE, DEMO_DISCLOSURE_2025, 2025, before);
        } catch (java.io.IOException | org.jornada.directory.boundary.DirectoryImport.ImportRefusedException e) {
            throw new IllegalStateException("demo directory file unreadable", e);
        }
        try (java.io.InputStream list = DemoData.class.getResourceAsStream(DEMO_RECRUITER_LIST)) {
            directory.run(org.jornada.directory.control.ImportKind.RECRUITER_LIST, DEMO_RECRUITER_LIST, 2026, list);
        } catch (java.io.IOException | org.jornada.directory.boundary.DirectoryImport.ImportRefusedException e) {
            throw new IllegalStateException("demo recruiter list unreadable", e);
        }
        List<List<Long>> batches = patternCases(now);
        int patterns = batches.stream().mapToInt(List::size).sum();
        em.flush();
        // the pattern cases' dates were set by statement: work them from fresh copies
        em.clear();
        office.work(List.of(first, second, third), batches, now);
        LOG.info(() -> "Loaded demo data: " + (3 + patterns + 2) + " fake complaints (2 held apart as a possible"
                + " flood), cases worked in every state, 3 referrals, " + STAFF.size()
                + " demo staff accounts (listed in README), a demo directory");
    }

    /**
     * Enough fake complaints linked to the demo employers and recruiters for the pattern views to
     * show numbers (issues #12, #24), spread over two H-2A seasons so that the trends have more
     * than one period: last year's (received 13 and 12 months ago) and this year's (2 and 1 months
     * ago), each kept inside its calendar year ({@link #receivedMonth}), in Georgia (onions), Washington (apples) and North Carolina (nursery), through the
     * three demo recruiters. Each batch is at least {@code JORNADA_MIN_REPORTS} (5) cases a month
     * but the nursery's 3 (hidden, "fewer than 5"). Deterministic relative to today.
     */
    private List<List<Long>> patternCases(YearMonth now) {
        Object[][] plan = {
            // employer, state, count, category, recruited in, recruiter, received (months ago)
            {"Agrícola San José DEMO, S.A. de C.V.", "GA", 6, Category.BELOW_REQUIRED_WAGE, "MX-GUA", 0, 13},
            {"Agrícola San José DEMO, S.A. de C.V.", "GA", 5, Category.RECRUITMENT_FEE, "MX-SLP", 2, 12},
            {"Huertos La Peña DEMO LLC", "WA", 5, Category.UNSAFE_HOUSING, "MX-OAX", 0, 12},
            {"Agrícola San José DEMO, S.A. de C.V.", "GA", 5, Category.BELOW_REQUIRED_WAGE, "MX-GUA", 0, 2},
            {"Agrícola San José DEMO, S.A. de C.V.", "GA", 5, Category.RECRUITMENT_FEE, "MX-SLP", 2, 1},
            {"Huertos La Peña DEMO LLC", "WA", 7, Category.UNSAFE_HOUSING, "MX-OAX", 0, 1},
            {"Viveros Hermanos Pérez DEMO Inc.", "NC", 3, Category.HEAT_WATER_SHADE, "GT", 1, 2},
        };
        List<List<Long>> batches = new java.util.ArrayList<>();
        for (Object[] p : plan) {
            long before = em.createQuery("SELECT COALESCE(MAX(c.id), 0) FROM Complaint c", Long.class).getSingleResult();
            int monthsAgo = (Integer) p[6];
            // the season began two months before the complaint
            YearMonth worked = now.minusMonths(monthsAgo + 2L);
            for (int i = 0; i < (Integer) p[2]; i++) {
                // the batch's first case is escalated with a named referral (DemoOffice): its worker left a
                // (fictional, 555-01xx) number to give, as a worker must for a named referral
                boolean named = batches.size() == 3 && i == 0;
                intake.file(new ValidComplaint(new ComplaintFacts("es", VisaType.H2A, EnumSet.of((Category) p[3]),
                        (String) p[0], null, (String) p[1], worked, null, false, (String) p[4], false),
                        NARRATIVES.get((Category) p[3]), named ? ContactChannel.PHONE : ContactChannel.NONE,
                        named ? "+12025550143" : null, named), List.of());
            }
            em.flush();
            // received on the 10th of its month, at noon: a date in the past, whatever today is
            java.time.LocalDateTime received = receivedMonth(now, monthsAgo).atDay(Math.min(10, LocalDate.now(clock)
                    .getDayOfMonth())).atTime(12, 0);
            java.time.LocalDateTime anHourAgo = java.time.LocalDateTime.now(clock).minusHours(1);
            received = received.isAfter(anHourAgo) ? anHourAgo : received;
            em.createNativeQuery("UPDATE complaint SET received_at = ?, employer_entity_id = (SELECT MIN(d.id)"
                    + " FROM directory_entity d WHERE d.kind = 'EMPLOYER' AND d.name = ?), recruiter_entity_id ="
                    + " (SELECT MIN(r.id) FROM directory_entity r WHERE r.kind = 'RECRUITER' AND r.name = ?)"
                    + " WHERE id > ? AND employer_name = ?")
                    .setParameter(1, received).setParameter(2, p[0])
                    .setParameter(3, DEMO_RECRUITERS.get((Integer) p[5])[0]).setParameter(4, before)
                    .setParameter(5, p[0]).executeUpdate();
            // the case's file keeps the same day for the queue's order (V30)
            em.createNativeQuery("UPDATE case_file SET received_at = (SELECT c.received_at FROM complaint c"
                    + " WHERE c.id = case_file.complaint_id) WHERE complaint_id > ?").setParameter(1, before)
                    .executeUpdate();
            batches.add(em.createQuery("SELECT c.id FROM Complaint c WHERE c.id > :before ORDER BY c.id", Long.class)
                    .setParameter("before", before).getResultList());
        }
        return batches;
    }

    /**
     * The month a batch was received: {@code monthsAgo}, but never before January of its season
     * (this calendar year for a batch under 12 months ago, last year's otherwise), so that both
     * seasons lie in the trends' default window (PatternFilterReader: from January of last year) in
     * every month of the year, January included.
     */
    static YearMonth receivedMonth(YearMonth now, int monthsAgo) {
        YearMonth seasonStart = YearMonth.of(now.getYear() - (monthsAgo >= 12 ? 1 : 0), 1);
        YearMonth month = now.minusMonths(monthsAgo);
        return month.isBefore(seasonStart) ? seasonStart : month;
    }

    /** What the pattern cases say, by their category: a case page reads like a worker's report. */
    private static final java.util.Map<Category, String> NARRATIVES = java.util.Map.of(
            Category.BELOW_REQUIRED_WAGE, "DEMO (datos falsos). En la cebolla nos pagan 11.50 la hora; el contrato"
                    + " dice más. Tengo los talones de pago.",
            Category.RECRUITMENT_FEE, "DEMO (datos falsos). En San Luis Potosí el reclutador nos cobró 6,000 pesos a"
                    + " cada uno para darnos el lugar.",
            Category.UNSAFE_HOUSING, "DEMO (datos falsos). Vivimos diez en una casa móvil con el techo roto y un solo"
                    + " baño que no sirve.",
            Category.HEAT_WATER_SHADE, "DEMO (datos falsos). En el vivero no hay agua fresca ni sombra en la tarde.");

    private long file(int index, ComplaintFacts facts, String narrative) {
        ReceiptCode code = ReceiptCode.parse(RECEIPTS.get(index)).orElseThrow();
        // receipt 1's worker is asked whether WHD may have their (fictional, 555-01xx) WhatsApp number (DemoOffice)
        boolean reachable = index == 0;
        return intake.fileWithReceipt(new ValidComplaint(facts, narrative, reachable ? ContactChannel.WHATSAPP
                : ContactChannel.NONE, reachable ? "+12025550142" : null, reachable), code);
    }
}
