package org.jornada.escalation.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jornada.casework.control.Deadline;
import org.jornada.complaint.entity.Category;

/**
 * Everything a referral packet says, gathered from the case, its directory links and the
 * authority, before it is laid out ({@link ReferralPacket}). An ANONYMOUS packet's facts carry no
 * contact, name or words of the worker (no {@link Worker}; the notes are only those an advocate
 * marked "for the referral", never the worker's narrative). A NAMED packet adds the worker's
 * contact, and is gathered only with the worker's yes for that authority.
 */
public record PacketFacts(Locale language, String authorityName, String authorityCode, List<String> authorityAsks,
        long caseId, LocalDate preparedOn, String visaType, Set<Category> categories, String worksiteState,
        YearMonth startedOn, YearMonth endedOn, List<ChainLink> chain, List<EvidenceLine> evidence, int relatedCases,
        List<Deadline> clocks, Reach reach, List<String> checked, List<String> notes, boolean evidenceAttached,
        List<List<String>> wageChecks, Worker worker, Employer employer, List<Pay> pay) {

    public PacketFacts {
        pay = pay == null ? List.of() : List.copyOf(pay);
    }

    /** The worker as a NAMED packet shows them (their contact: the portal asks no name); null when anonymous. */
    public record Worker(String contactChannel, String contact) {
    }

    public boolean isNamed() {
        return worker != null;
    }

    /** The same facts for a named packet (or anonymous again with null). */
    public PacketFacts withWorker(Worker named) {
        return new PacketFacts(language, authorityName, authorityCode, authorityAsks, caseId, preparedOn, visaType,
                categories, worksiteState, startedOn, endedOn, chain, evidence, relatedCases, clocks, reach, checked,
                notes, evidenceAttached, wageChecks, named, employer, pay);
    }

    /** One business of the recruitment chain: as the worker named it, and what the directory holds. */
    public record ChainLink(String role, String nameAsGiven, String directoryName, List<String> records) {
    }

    /** A stored file: its fingerprint, type and capture time (never its content). */
    public record EvidenceLine(String sha256, String contentType, Instant capturedAt) {
    }

    /**
     * The employer as the DOL records in the directory hold it (null when the case is not linked):
     * the place on record and its certifications, newest first.
     */
    public record Employer(String name, String city, String state, List<Job> jobs) {
    }

    /** One certification of the employer (DOL disclosure data): the job, the crop, its dates, the wage offered. */
    public record Job(String caseNumber, String visaClass, String jobTitle, String crop, LocalDate begin,
            LocalDate end, java.math.BigDecimal wageOffer, String wageUnit, String agent, Integer workersCertified) {
    }

    /**
     * What one wage check kept on the case says of pay (the worker's figures, worked out by the
     * portal): basis, promised rate, the required floor, each period, deduction amounts (never the
     * worker's words for them), the total short.
     */
    public record Pay(String basis, java.math.BigDecimal promisedRate, java.math.BigDecimal floor,
            List<PayPeriod> periods, List<java.math.BigDecimal> deductions, java.math.BigDecimal totalShort) {
    }

    public record PayPeriod(LocalDate from, LocalDate to, java.math.BigDecimal hours, java.math.BigDecimal paid,
            java.math.BigDecimal shortfall) {
    }

    /** How the authority reaches the worker: through the organization, never directly. */
    public record Reach(String organization, String phone, String email, String hours) {
    }
}
