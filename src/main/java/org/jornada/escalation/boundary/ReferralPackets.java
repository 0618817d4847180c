package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.casework.boundary.CaseRecords;
import org.jornada.casework.entity.CaseChecklist;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.entity.Complaint;
import org.jornada.directory.boundary.Profiles;
import org.jornada.directory.entity.EntityKind;
import org.jornada.escalation.control.EvidenceArchive;
import org.jornada.escalation.control.PacketFacts;
import org.jornada.escalation.control.ReferralPacket;
import org.jornada.escalation.entity.Authority;
import org.jornada.escalation.entity.Referral;
import org.jornada.evidence.boundary.EvidenceStore;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.platform.boundary.Organization;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.Messages;
import org.jornada.rights.boundary.WageCalculationText;
import org.jornada.rights.boundary.WageCalculations;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Referral packets: gathered from the case, its checklist, the notes marked "for the referral",
 * its directory links and the authority, laid out by {@link ReferralPacket}. An anonymous packet
 * holds nothing of the worker; a named one adds the worker's contact while the worker's latest
 * answer for that authority is yes (the commands allow NAMED steps only then). Once a referral is approved, its packet is the frozen one, byte for
 * byte. Reading a packet is audited; nothing is sent from here.
 */
@ApplicationScoped
public class ReferralPackets {

    static final String PURPOSE = "referral.packet";

    @Inject
    WageCalculations wageCalculations;

    @Inject
    CaseAccess access;

    @Inject
    CaseRecords details;

    @Inject
    ComplaintIntake intake;

    @Inject
    EvidenceStore evidence;

    @Inject
    Authorities authorities;

    @Inject
    Referrals referrals;

    @Inject
    Profiles profiles;

    @Inject
    Organization organization;

    @Inject
    OrgTime orgTime;

    @Inject
    DataCipher cipher;

    @Inject
    AuditTrail audit;

    @Inject
    Consents consents;

    /** What a case would send this authority, anonymously, before any referral is prepared. */
    public Optional<byte[]> preview(StaffPrincipal who, long caseId, long authorityId) {
        Optional<Complaint> complaint = access.workable(who, caseId, "referral packet");
        Optional<Authority> authority = authorities.find(authorityId);
        if (complaint.isEmpty() || authority.isEmpty()) {
            return Optional.empty();
        }
        audit.record(who, AuditTrail.PACKET_PREVIEWED, caseId, authority.get().getCode());
        return Optional.of(ReferralPacket.pdf(facts(complaint.get(), authority.get(), null)));
    }

    /** The packet of a referral: the approved one once approved, else as it stands now. */
    public Optional<byte[]> of(StaffPrincipal who, long referralId) {
        Optional<Referral> referral = referrals.find(referralId);
        Optional<Complaint> complaint = referral.flatMap(r -> access.workable(who, r.getComplaintId(), "referral packet"));
        if (complaint.isEmpty()) {
            return Optional.empty();
        }
        audit.record(who, AuditTrail.PACKET_READ, complaint.get().getId(), "referral " + referralId + " ("
                + referral.get().getIdentity() + ")");
        return Optional.of(packet(referral.get(), complaint.get()));
    }

    /** The evidence ZIP of a referral that attaches it; empty when withheld or not this person's case. */
    public Optional<byte[]> evidenceOf(StaffPrincipal who, long referralId) {
        Optional<Referral> referral = referrals.find(referralId).filter(Referral::isWithEvidence);
        Optional<Complaint> complaint = referral.flatMap(r -> access.workable(who, r.getComplaintId(), "referral evidence"));
        if (complaint.isEmpty()) {
            return Optional.empty();
        }
        audit.record(who, AuditTrail.PACKET_READ, complaint.get().getId(), "referral " + referralId + " evidence");
        return Optional.of(evidenceZip(complaint.get(), authorities.find(referral.get().getAuthorityId())
                .map(a -> Locale.forLanguageTag(a.getLanguage())).orElse(Locale.ENGLISH)));
    }

    byte[] packet(Referral referral, Complaint complaint) {
        if (referral.getPacketSealed() != null) {
            return cipher.open(referral.getPacketSealed(), PURPOSE);
        }
        return build(referral, complaint);
    }

    /**
     * A fresh packet for this referral (identity and evidence as chosen): the worker's contact only
     * while the worker's latest answer for this authority is yes, so that a preview made after a
     * "no" carries no name either.
     */
    byte[] build(Referral referral, Complaint complaint) {
        Authority authority = authorities.find(referral.getAuthorityId()).orElseThrow();
        PacketFacts.Worker worker = referral.isNamed()
                && consents.saidYes(complaint.getId(), referral.getAuthorityId())
                ? new PacketFacts.Worker(complaint.getContactChannel().name(),
                        Optional.ofNullable(intake.contactOf(complaint)).orElse("—"))
                : null;
        return ReferralPacket.pdf(facts(complaint, authority, referral).withWorker(worker));
    }

    /** The stored files of the case in one ZIP with their SHA-256 sums, and a note in the authority's language. */
    byte[] evidenceZip(Complaint complaint, Locale language) {
        List<EvidenceArchive.File> files = details.evidence(complaint.getId()).stream()
                .map(e -> new EvidenceArchive.File(e.getSha256(), e.getContentType(), evidence.open(e))).toList();
        return EvidenceArchive.zip(files, Messages.get(language, "packet.zip.readme", complaint.getId()));
    }

    PacketFacts facts(Complaint c, Authority a, Referral referral) {
        List<WageCalculations.Kept> kept = wageCalculations.of(c.getId());
        Locale locale = Locale.forLanguageTag(a.getLanguage());
        List<PacketFacts.ChainLink> chain = new ArrayList<>();
        Optional<Profiles.Profile> recruiter = c.getRecruiterEntityId() == null ? Optional.empty()
                : profiles.of(c.getRecruiterEntityId(), EntityKind.RECRUITER);
        Optional<Profiles.Profile> employer = c.getEmployerEntityId() == null ? Optional.empty()
                : profiles.of(c.getEmployerEntityId(), EntityKind.EMPLOYER);
        link(chain, locale, "RECRUITER", c.getRecruiterName(), recruiter, linkedBy(locale, employer, recruiter));
        link(chain, locale, "EMPLOYER", c.getEmployerName(), employer, null);
        known(chain, locale, employer, recruiter);
        CaseChecklist checklist = details.checklist(c.getId());
        List<String> checked = Arrays.stream(CaseChecklist.Item.values()).filter(checklist::has)
                .map(i -> Messages.get(locale, "caseview.check." + i.name())).toList();
        List<String> notes = details.notesForReferral(c.getId()).stream().map(CaseRecords.Note::text).toList();
        return new PacketFacts(locale, a.name(locale), a.getCode(), a.infoRequired(), c.getId(),
                LocalDate.now(orgTime.getZone()), c.getVisaType().name(), c.getCategories(), c.getWorksiteState(),
                c.getStartedOn(), c.getEndedOn(), chain,
                details.evidence(c.getId()).stream().map(e -> new PacketFacts.EvidenceLine(e.getSha256(),
                        e.getContentType(), e.getCapturedAt())).toList(),
                details.links(c.getId()).size(),
                details.clocks(c).stream().filter(CaseRecords.CaseClock::isApplicable)
                        .map(CaseRecords.CaseClock::deadline).toList(),
                new PacketFacts.Reach(organization.getName(), organization.getPhone(), organization.getEmail(),
                        organization.getHours()),
                checked, notes, referral != null && referral.isWithEvidence(),
                kept.stream().map(k -> WageCalculationText.forAuthority(k, locale)).toList(), null,
                employer(c.getEmployerEntityId()), kept.stream().map(ReferralPackets::pay).toList());
    }

    /** The employer's DOL records in the directory (place, certifications with job, crop, dates, wage, agent). */
    private PacketFacts.Employer employer(Long entryId) {
        if (entryId == null) {
            return null;
        }
        return profiles.of(entryId, EntityKind.EMPLOYER).map(p -> new PacketFacts.Employer(p.entry().getName(),
                p.entry().getCity(), p.entry().getState(), profiles.certificationsOf(p.entry().getId()).stream()
                        .limit(5).map(j -> new PacketFacts.Job(j.getCaseNumber(), j.getVisaClass(), j.getJobTitle(),
                                j.getCrop(), j.getBeginDate(), j.getEndDate(), j.getWageOffer(), j.getWageUnit(),
                                j.getAgentId() == null ? null : profiles.nameOf(j.getAgentId()),
                                j.getWorkersCertified())).toList())).orElse(null);
    }

    /** What a kept wage check says of pay, without the worker's words (deductions by amount only). */
    static PacketFacts.Pay pay(WageCalculations.Kept k) {
        jakarta.json.JsonObject q = k.question();
        jakarta.json.JsonObject a = k.answer();
        List<PacketFacts.PayPeriod> periods = new ArrayList<>();
        for (jakarta.json.JsonValue v : a.getJsonArray("periods")) {
            jakarta.json.JsonObject p = v.asJsonObject();
            periods.add(new PacketFacts.PayPeriod(date(p, "from"), date(p, "to"), null, decimal(p, "paid"),
                    decimal(p, "shortfall")));
        }
        if (q.get("periods") instanceof jakarta.json.JsonArray asked) {
            for (int i = 0; i < Math.min(asked.size(), periods.size()); i++) {
                PacketFacts.PayPeriod p = periods.get(i);
                periods.set(i, new PacketFacts.PayPeriod(p.from(), p.to(), decimal(asked.getJsonObject(i), "hours"),
                        p.paid(), p.shortfall()));
            }
        }
        List<java.math.BigDecimal> deductions = new ArrayList<>();
        if (q.get("deductions") instanceof jakarta.json.JsonArray list) {
            list.forEach(d -> deductions.add(decimal(d.asJsonObject(), "amount")));
        }
        return new PacketFacts.Pay(q.getString("payBasis", null), decimal(q, "hourlyRate"),
                decimal(a.getJsonObject("floor"), "hourly"), periods, deductions, decimal(a, "totalShortfall"));
    }

    private static java.math.BigDecimal decimal(jakarta.json.JsonObject o, String name) {
        return o != null && o.get(name) instanceof jakarta.json.JsonNumber n ? n.bigDecimalValue() : null;
    }

    private static LocalDate date(jakarta.json.JsonObject o, String name) {
        return o.get(name) instanceof jakarta.json.JsonString d ? LocalDate.parse(d.getString()) : null;
    }

    /**
     * What the data says of the named recruiter and employer together (issue #28): the seasons,
     * workers certified and sources of their link, the first record on the recruiter's line; null
     * when either is not linked to the directory or the data shows no link between them.
     */
    private static String linkedBy(Locale locale, Optional<Profiles.Profile> employer, Optional<Profiles.Profile> recruiter) {
        if (employer.isEmpty() || recruiter.isEmpty()) {
            return null;
        }
        long id = recruiter.get().entry().getId();
        return employer.get().chain().stream().filter(l -> l.id() == id).findFirst().map(l -> line(locale, l))
                .orElse(null);
    }

    /** A link's seasons, workers certified and sources, in the packet's language. */
    private static String line(Locale locale, org.jornada.directory.control.ChainLink l) {
        String sources = l.sources().stream().sorted()
                .map(s -> Messages.get(locale, "profile.chain.source." + s.name()))
                .collect(java.util.stream.Collectors.joining("; "));
        String seasons = l.seasons().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        return Messages.get(locale, "packet.chain.link", seasons.isEmpty() ? "—" : seasons,
                String.valueOf(l.workersCertified()), sources);
    }

    /**
     * The rest of the chain the data knows (issue #28): the linked employer's agents, recruiters
     * and sub-recruiters, and the linked recruiter's sub-recruiters and the recruiter it worked
     * for, each with its source, seasons and workers certified; links staff unlinked are not there.
     */
    private static void known(List<PacketFacts.ChainLink> chain, Locale locale, Optional<Profiles.Profile> employer,
            Optional<Profiles.Profile> recruiter) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        employer.ifPresent(p -> seen.add(p.entry().getId()));
        recruiter.ifPresent(p -> seen.add(p.entry().getId()));
        for (Optional<Profiles.Profile> profile : List.of(employer, recruiter)) {
            profile.ifPresent(p -> p.chain().stream()
                    .filter(l -> l.kind() != EntityKind.EMPLOYER && seen.add(l.id())).limit(40).forEach(l -> {
                List<String> records = new ArrayList<>();
                records.add(line(locale, l));
                String role = "SUB_RECRUITER".equals(l.relation()) && l.via() != null
                        ? Messages.get(locale, "packet.chain.subOf", l.via()) : null;
                String kind = "RECRUITER".equals(l.relation()) ? "DATA_RECRUITER" : l.relation();
                chain.add(new PacketFacts.ChainLink(kind, role == null ? l.name() : l.name() + " " + role,
                        null, records));
            }));
        }
    }

    /**
     * A business of the chain as the worker named it, with what the directory holds when linked,
     * {@code first} (when not null) before it.
     */
    private static void link(List<PacketFacts.ChainLink> chain, Locale locale, String role, String named,
            Optional<Profiles.Profile> profile, String first) {
        if (named == null && profile.isEmpty()) {
            return;
        }
        List<String> records = new ArrayList<>();
        if (first != null) {
            records.add(first);
        }
        profile.ifPresent(p -> {
            // numbers as text: MessageFormat would write a season as "2,026"
            p.seasons().forEach(s -> records.add(Messages.get(locale, "packet.season", String.valueOf(s.year()),
                    String.valueOf(s.cases()), String.valueOf(s.workersCertified()), String.join(", ", s.visaClasses()))));
            p.enforcement().forEach(e -> records.add(Messages.get(locale, "packet.whd", String.valueOf(e.getCaseId()),
                    String.valueOf(e.getFindingsStart()), String.valueOf(e.getFindingsEnd()),
                    String.valueOf(e.getH2aViolations()), String.valueOf(e.getH2bViolations()),
                    String.valueOf(e.getFlsaViolations()), org.jornada.escalation.control.PacketAnswers.money(
                            e.getBackWages()), org.jornada.escalation.control.PacketAnswers.money(e.getPenalties()))));
            p.debarments().forEach(d -> records.add(Messages.get(locale, "packet.debarment", d.getStartDate(),
                    d.getEndDate(), d.getViolation(), d.getCitation())));
        });
        chain.add(new PacketFacts.ChainLink(role, named == null ? profile.get().entry().getName() : named,
                profile.map(p -> p.entry().getName()).orElse(null), records));
    }
}
