package org.jornada.casework.boundary;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The queue page's lazy table: a page of {@link CaseQueue} under the page's filters, with each assignee's name. */
final class QueueTableModel extends LazyDataModel<QueueRow> {

    private static final long serialVersionUID = 1L;

    private final QueuePage queuePage;

    QueueTableModel(QueuePage queuePage) {
        this.queuePage = queuePage;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(queuePage.queue.count(queuePage.current.get(), queuePage.filter(CaseQueue.Sort.TRIAGE)), CaseQueue.COUNT_CAP);
    }

    @Override
    public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        CaseQueue.Page page = queuePage.queue.list(queuePage.current.get(), queuePage.filter(QueuePage.sort(sortBy)), first / pageSize, pageSize);
        Set<Long> assignees = page.rows().stream().map(r -> r.file().getAssigneeId())
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = queuePage.directory.usernames(assignees);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return page.rows().stream().map(r -> new QueueRow(r.complaint(), r.file(),
                r.file().getAssigneeId() == null ? null : names.get(r.file().getAssigneeId()), today)).toList();
    }

    @Override
    public String getRowKey(QueueRow row) {
        return Long.toString(row.getId());
    }

    /** The row of the page shown (the table asks for it by key); never a query of its own. */
    @Override
    public QueueRow getRowData(String rowKey) {
        List<QueueRow> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(r -> Long.toString(r.getId()).equals(rowKey))
                .findFirst().orElse(null);
    }
}
