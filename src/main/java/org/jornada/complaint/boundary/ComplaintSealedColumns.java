package org.jornada.complaint.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jornada.platform.control.SealedColumns;

/** What the complaint feature seals: the narrative, the contact, the messages. */
@ApplicationScoped
public class ComplaintSealedColumns implements SealedColumns {

    @Override
    public List<Column> sealedColumns() {
        return List.of(new Column("complaint", "narrative_sealed", NewComplaints.NARRATIVE),
                new Column("complaint", "contact_sealed", NewComplaints.CONTACT),
                new Column("complaint_message", "text_sealed", MessageThread.PURPOSE));
    }
}
