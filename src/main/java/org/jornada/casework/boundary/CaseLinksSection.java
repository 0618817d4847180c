package org.jornada.casework.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jornada.casework.entity.CaseLink;
import org.jornada.complaint.entity.Complaint;

/**
 * The case page's links to other cases: the links made, the cases about the same employer in
 * overlapping periods (suggested, never linked by themselves), and the form to link another as
 * related or as the duplicate ({@link LinkCases}). Works on the case {@link CasePage} opened.
 */
@Named("caseLinks")
@ViewScoped
public class CaseLinksSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    transient CaseRecords details;

    @Inject
    transient LinkCases linkCases;

    private Long linkTo;
    private String linkKind = CaseLink.Kind.RELATED.name();
    private transient Shown shown;

    /** Read once per page load. */
    private record Shown(List<CaseLink> links, List<CaseQueue.Row> suggestions) {
    }

    private Shown shown() {
        if (shown == null) {
            Complaint c = page.getView().complaint();
            // only cases this person may open: a complaint held apart as a possible flood is the supervisor's
            shown = new Shown(details.links(c.getId()), details.suggestedCases(c).stream()
                    .filter(r -> r.file().workableBy(page.me().staffId(), page.me().seesAllCases())).toList());
        }
        return shown;
    }

    public void link() {
        page.done(() -> {
            linkCases.run(page.me(), page.getId(), new LinkCases.Input(linkTo,
                    QueuePage.known(CaseLink.Kind.class, linkKind), null));
            return true;
        }, "caseview.linked");
    }

    public List<CaseLink> getLinks() {
        return shown().links();
    }

    public List<CaseQueue.Row> getSuggestions() {
        return shown().suggestions();
    }

    public Long getLinkTo() {
        return linkTo;
    }

    public void setLinkTo(Long linkTo) {
        this.linkTo = linkTo;
    }

    public String getLinkKind() {
        return linkKind;
    }

    public void setLinkKind(String linkKind) {
        this.linkKind = linkKind;
    }
}
