package org.jornada.escalation.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jornada.casework.boundary.CasePage;
import org.jornada.casework.control.Deadline;
import org.jornada.escalation.entity.ConsentRequest;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * The case page's escalation panel: the authorities this case could go to, nearest legal clock
 * first, each with why, how to reach it, and whether the reference could verify that.
 */
@Named("caseEscalation")
@ViewScoped
public class CaseEscalationSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    transient CaseReferralOptions options;

    @Inject
    transient CurrentStaff current;

    @Inject
    transient Consents consents;

    @Inject
    transient AskConsent askConsent;

    private transient List<Row> rows;

    /** One suggested authority as the panel shows it. */
    public record Row(long id, String code, String name, String reason, LocalDate nearestDeadline, boolean verified,
            String channels, String consentKey) {
    }

    /** The latest question to this authority decides: none, waiting, yes or no (bundle key). */
    private static String consentKey(List<ConsentRequest> asked, long authorityId) {
        return asked.stream().filter(c -> c.getAuthorityId() == authorityId).findFirst()
                .map(c -> c.isWaiting() ? "caseview.consent.WAITING" : "caseview.consent." + c.getAnswer().name())
                .orElse("caseview.consent.NONE");
    }

    /** Asks the worker on /follow-up whether this authority may get their name. */
    public void ask(long authorityId) {
        page.done(() -> askConsent.run(current.get(), page.getId(), new AskConsent.Input(authorityId)).isPresent(),
                "caseview.consent.asked");
    }

    /** Read once per page load. */
    public List<Row> getSuggestions() {
        if (rows == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            List<ConsentRequest> asked = consents.of(page.getId());
            rows = options.suggestions(current.get(), page.getId()).orElse(List.of()).stream()
                    .map(s -> new Row(s.authority().getId(), s.authority().getCode(), s.authority().name(locale),
                            CaseReferralOptions.reason(s, locale), s.nearestClock().map(Deadline::dueOn).orElse(null),
                            s.authority().isVerified(), s.authority().getChannels().stream()
                                    .map(c -> c.getKind() + ": " + c.getAddress()).collect(Collectors.joining(" · ")),
                            consentKey(asked, s.authority().getId())))
                    .toList();
        }
        return rows;
    }
}
