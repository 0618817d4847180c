package org.jornada.escalation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralState;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * {@code /staff/referrals} (SUPERVISOR): what waits for approval first, then every referral by
 * state, each with its case and authority. Approving happens on the case page, where the facts are.
 */
@Named
@RequestScoped
public class ReferralsPage {

    @Inject
    Referrals referrals;

    @Inject
    Authorities authorities;

    @Inject
    CurrentStaff current;

    private String state = ReferralState.SUBMITTED.name();
    private List<Row> rows;

    /** A referral as the list shows it. */
    public record Row(long id, long caseId, String authority, Referral referral) {
    }

    /** Read once per request; a role that does not see every case sees none here. */
    public List<Row> getRows() {
        if (rows == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            ReferralState filter = Arrays.stream(ReferralState.values()).filter(s -> s.name().equals(state)).findFirst()
                    .orElse(null);
            List<Referral> shown = !current.get().seesAllCases() ? List.of()
                    : DUE.equals(state) ? referrals.due() : referrals.inState(filter, 500);
            rows = shown.stream()
                    .map(r -> new Row(r.getId(), r.getComplaintId(),
                            authorities.find(r.getAuthorityId()).map(a -> a.name(locale)).orElse("?"), r))
                    .toList();
        }
        return rows;
    }

    public List<String> getStates() {
        return Arrays.stream(ReferralState.values()).map(Enum::name).toList();
    }

    /** The filter for sent referrals the authority has not answered in time. */
    public static final String DUE = "DUE";


    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
