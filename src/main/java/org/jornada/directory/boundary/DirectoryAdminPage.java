package org.jornada.directory.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import org.jornada.platform.boundary.PageMessages;
import org.jornada.platform.control.RefusedException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.jornada.directory.control.ImportKind;
import org.jornada.directory.control.ImportReport;
import org.jornada.staff.boundary.CurrentStaff;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * {@code /staff/directory} (ADMIN and SUPERVISOR): import a DOL file (the same importer as the
 * API), find entries, merge two entries, split a name off into its own entry.
 */
@Named
@ViewScoped
public class DirectoryAdminPage implements Serializable {

    static final String PAGE = "/staff/directory";
    private static final String REPORT = "jornada.importReport";

    private static final long serialVersionUID = 1L;

    @Inject
    transient ImportDirectoryFile importFile;

    @Inject
    transient MergeDirectoryEntries mergeEntries;

    @Inject
    transient SplitDirectoryName splitOff;

    @Inject
    transient DirectoryIndex index;

    @Inject
    transient DecideChainLink decideChainLink;

    @Inject
    transient CurrentStaff current;

    private String kind = ImportKind.H2A_DISCLOSURE.name();
    private transient Part file;
    private transient ImportReport report;
    private String query;
    private transient List<DirectoryIndex.Entry> results = List.of();
    private Long mergeFrom;
    private Long mergeInto;
    private Long splitFrom;
    private String splitName;
    private Long chainOne;
    private Long chainOther;
    private String chainDecision = "LINKED";
    private String chainNote;

    private StaffPrincipal me() {
        StaffPrincipal who = current.get();
        if (who.role() != Role.ADMIN && who.role() != Role.SUPERVISOR) {
            throw new IllegalStateException("directory administration without the role");
        }
        return who;
    }

    public void runImport() {
        ImportKind chosen = Arrays.stream(ImportKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        if (file == null || file.getSize() == 0) {
            say(FacesMessage.SEVERITY_ERROR, "imports.chooseFile");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = importFile.run(me(), new ImportDirectoryFile.Input(chosen, file.getSubmittedFileName(), null), in);
            // the report rides in the flash with the message, to the page loaded again by GET
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(REPORT, report);
            PageMessages.doneThenReload(PAGE, "imports.done", report.rows());
        } catch (RefusedException refused) {
            PageMessages.sayRefused(refused);
        } catch (IOException unreadable) {
            say(FacesMessage.SEVERITY_ERROR, "imports.notATable");
        }
    }

    public void search() {
        me();
        String q = query == null ? "" : query.strip();
        results = q.length() < 2 || q.length() > 200 ? List.of() : index.search(q, null, null, 50);
    }

    public void merge() {
        PageMessages.run(() -> {
            mergeEntries.run(me(), new MergeDirectoryEntries.Input(mergeFrom, mergeInto));
            return true;
        }).ifPresent(done -> PageMessages.doneThenReload(PAGE, "curation.merged"));
    }

    public void split() {
        PageMessages.run(() -> splitOff.run(me(), new SplitDirectoryName.Input(splitFrom, splitName)))
                .ifPresent(id -> PageMessages.doneThenReload(PAGE, "curation.splitDone", id));
    }

    public void decideChain() {
        PageMessages.run(() -> decideChainLink.run(me(), new DecideChainLink.Input(chainOne, chainOther, chainDecision,
                chainNote))).ifPresent(done -> PageMessages.doneThenReload(PAGE, "curation.chain.done"));
    }

    public Long getChainOne() {
        return chainOne;
    }

    public void setChainOne(Long chainOne) {
        this.chainOne = chainOne;
    }

    public Long getChainOther() {
        return chainOther;
    }

    public void setChainOther(Long chainOther) {
        this.chainOther = chainOther;
    }

    public String getChainDecision() {
        return chainDecision;
    }

    public void setChainDecision(String chainDecision) {
        this.chainDecision = chainDecision;
    }

    public String getChainNote() {
        return chainNote;
    }

    public void setChainNote(String chainNote) {
        this.chainNote = chainNote;
    }

    private void say(FacesMessage.Severity severity, String key, Object... args) {
        PageMessages.say(severity, key, args);
    }

    public List<String> getKinds() {
        return Arrays.stream(ImportKind.values()).map(Enum::name).toList();
    }

    public ImportReport getReport() {
        if (report == null) {
            report = (ImportReport) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(REPORT);
        }
        return report;
    }

    public List<java.util.Map.Entry<String, Long>> getReportCounts() {
        return getReport() == null ? List.of() : List.copyOf(report.counts().entrySet());
    }

    public List<java.util.Map.Entry<String, Long>> getReportSkipped() {
        return getReport() == null ? List.of() : List.copyOf(report.skipped().entrySet());
    }

    public List<DirectoryIndex.Entry> getResults() {
        return results == null ? List.of() : results;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getMergeFrom() {
        return mergeFrom;
    }

    public void setMergeFrom(Long mergeFrom) {
        this.mergeFrom = mergeFrom;
    }

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }

    public Long getSplitFrom() {
        return splitFrom;
    }

    public void setSplitFrom(Long splitFrom) {
        this.splitFrom = splitFrom;
    }

    public String getSplitName() {
        return splitName;
    }

    public void setSplitName(String splitName) {
        this.splitName = splitName;
    }
}
