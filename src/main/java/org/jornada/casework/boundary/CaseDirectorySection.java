package org.jornada.casework.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jornada.complaint.entity.Complaint;
import org.jornada.directory.boundary.DirectoryIndex;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.boundary.PageMessages;

/**
 * The case page's directory section: which employer and recruiter entries the case is linked
 * to, the entries the worker's words point at (proposed, linked only when staff confirm), and a
 * search to link another. Works on the case {@link CasePage} opened (same view).
 */
@Named("caseDirectory")
@ViewScoped
public class CaseDirectorySection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    transient CaseRecords details;

    @Inject
    transient DirectoryIndex directoryIndex;

    @Inject
    transient DirectoryProposals proposals;

    @Inject
    transient LinkCaseToDirectory linkToDirectory;

    @Inject
    transient UnlinkCaseFromDirectory unlinkFromDirectory;

    private String query;
    private transient List<DirectoryIndex.Entry> results = List.of();
    private transient Shown shown;

    /** Read once per page load: the linked names and the proposals. */
    private record Shown(String linkedEmployer, String linkedRecruiter, List<DirectoryIndex.Entry> proposals) {
    }

    private Shown shown() {
        if (shown == null) {
            Complaint c = page.getView().complaint();
            shown = new Shown(details.entryName(c.getEmployerEntityId()), details.entryName(c.getRecruiterEntityId()),
                    proposals.forCase(c));
        }
        return shown;
    }

    /** Looks up directory entries for the case's employer or recruiter (prefilled with the worker's words). */
    public void search() {
        String q = query == null ? "" : query.strip();
        results = q.length() < 2 || q.length() > 200 ? List.of()
                : directoryIndex.search(q, null, null, 10).stream().filter(e -> e.kind() != EntityKind.AGENT).toList();
        if (results.isEmpty()) {
            page.say(FacesMessage.SEVERITY_WARN, "caseview.directoryNone");
        }
    }

    public void link(long entryId, String kind) {
        PageMessages.run(() -> linkToDirectory.run(page.me(), page.complaint().getId(),
                new LinkCaseToDirectory.Input(entryId, QueuePage.known(EntityKind.class, kind))))
                .ifPresent(linked -> {
                    if (linked) {
                        page.refresh("caseview.directoryLinked");
                    } else {
                        page.say(FacesMessage.SEVERITY_ERROR, "staff.caseNotFound");
                    }
                });
    }

    /** Removes a wrong link (or one made on arrival): the case stops counting for that entry. */
    public void unlink(String kind) {
        PageMessages.run(() -> unlinkFromDirectory.run(page.me(), page.complaint().getId(),
                QueuePage.known(EntityKind.class, kind))).ifPresent(done -> {
                    if (done) {
                        page.refresh("caseview.directoryUnlinked");
                    } else {
                        page.say(FacesMessage.SEVERITY_ERROR, "staff.caseNotFound");
                    }
                });
    }

    public String getLinkedEmployer() {
        return shown().linkedEmployer();
    }

    public String getLinkedRecruiter() {
        return shown().linkedRecruiter();
    }

    /** Entries the worker's names point at, offered for linking until staff confirm one. */
    public List<DirectoryIndex.Entry> getProposals() {
        return shown().proposals();
    }

    public List<DirectoryIndex.Entry> getResults() {
        return results == null ? List.of() : results;
    }

    public String getQuery() {
        if (query == null) {
            Complaint c = page.getView().complaint();
            query = c.getEmployerName() != null ? c.getEmployerName() : c.getRecruiterName();
        }
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
