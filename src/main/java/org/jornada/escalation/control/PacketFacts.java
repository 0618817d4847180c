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
        List<List<String>> wageChecks, Worker worker) {

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
                notes, evidenceAttached, wageChecks, named);
    }

    /** One business of the recruitment chain: as the worker named it, and what the directory holds. */
    public record ChainLink(String role, String nameAsGiven, String directoryName, List<String> records) {
    }

    /** A stored file: its fingerprint, type and capture time (never its content). */
    public record EvidenceLine(String sha256, String contentType, Instant capturedAt) {
    }

    /** How the authority reaches the worker: through the organization, never directly. */
    public record Reach(String organization, String phone, String email, String hours) {
    }
}
