package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.casework.boundary.CaseDetails;
import org.jornada.complaint.entity.Complaint;
import org.jornada.directory.boundary.Profiles;
import org.jornada.directory.entity.EntityKind;
import org.jornada.escalation.control.PacketFacts;
import org.jornada.escalation.control.ReferralPacket;
import org.jornada.escalation.entity.Authority;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.platform.boundary.Organization;
import org.jornada.platform.control.Messages;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * The referral packet of a case for an authority (anonymous: no contact, name or words of the
 * worker), gathered from the case, its directory links and the authority, laid out by
 * {@link ReferralPacket}. Previewing it is audited; nothing is sent.
 */
@ApplicationScoped
public class ReferralPackets {

    @Inject
    CaseAccess access;

    @Inject
    CaseDetails details;

    @Inject
    Authorities authorities;

    @Inject
    Profiles profiles;

    @Inject
    Organization organization;

    @Inject
    OrgTime orgTime;

    @Inject
    AuditTrail audit;

    /** The PDF/A packet, or empty when there is no such case for this person or no such authority. */
    public Optional<byte[]> preview(StaffPrincipal who, long caseId, long authorityId) {
        Optional<Complaint> complaint = access.workable(who, caseId, "referral packet");
        Optional<Authority> authority = authorities.find(authorityId);
        if (complaint.isEmpty() || authority.isEmpty()) {
            return Optional.empty();
        }
        audit.record(who, AuditTrail.PACKET_PREVIEWED, caseId, authority.get().getCode());
        return Optional.of(ReferralPacket.pdf(facts(complaint.get(), authority.get())));
    }

    PacketFacts facts(Complaint c, Authority a) {
        Locale locale = Locale.forLanguageTag(a.getLanguage());
        List<PacketFacts.ChainLink> chain = new ArrayList<>();
        link(chain, locale, "RECRUITER", c.getRecruiterName(), c.getRecruiterEntityId(), EntityKind.RECRUITER);
        link(chain, locale, "EMPLOYER", c.getEmployerName(), c.getEmployerEntityId(), EntityKind.EMPLOYER);
        return new PacketFacts(locale, a.name(locale), a.getCode(), a.infoRequired(), c.getId(),
                LocalDate.now(orgTime.getZone()), c.getVisaType().name(), c.getCategories(), c.getWorksiteState(),
                c.getStartedOn(), c.getEndedOn(), chain,
                details.evidence(c.getId()).stream().map(e -> new PacketFacts.EvidenceLine(e.getSha256(),
                        e.getContentType(), e.getCapturedAt())).toList(),
                details.links(c.getId()).size(),
                details.clocks(c).stream().filter(CaseDetails.CaseClock::isApplicable)
                        .map(CaseDetails.CaseClock::deadline).toList(),
                new PacketFacts.Reach(organization.getName(), organization.getPhone(), organization.getEmail(),
                        organization.getHours()));
    }

    /** A business of the chain as the worker named it, with what the directory holds when linked. */
    private void link(List<PacketFacts.ChainLink> chain, Locale locale, String role, String named, Long entryId,
            EntityKind kind) {
        Optional<Profiles.Profile> profile = entryId == null ? Optional.empty() : profiles.of(entryId, kind);
        if (named == null && profile.isEmpty()) {
            return;
        }
        List<String> records = new ArrayList<>();
        profile.ifPresent(p -> {
            p.seasons().forEach(s -> records.add(Messages.get(locale, "packet.season", s.year(), s.cases(),
                    s.workersCertified(), String.join(", ", s.visaClasses()))));
            p.enforcement().forEach(e -> records.add(Messages.get(locale, "packet.whd", e.getCaseId(),
                    e.getFindingsStart(), e.getFindingsEnd(), e.getH2aViolations(), e.getH2bViolations(),
                    e.getFlsaViolations(), e.getBackWages(), e.getPenalties())));
            p.debarments().forEach(d -> records.add(Messages.get(locale, "packet.debarment", d.getStartDate(),
                    d.getEndDate(), d.getViolation(), d.getCitation())));
        });
        chain.add(new PacketFacts.ChainLink(role, named == null ? profile.get().entry().getName() : named,
                profile.map(p -> p.entry().getName()).orElse(null), records));
    }
}
