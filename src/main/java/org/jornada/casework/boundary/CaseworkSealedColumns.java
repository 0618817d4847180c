package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jornada.platform.control.SealedColumns;

/** What casework seals: the staff notes. */
@ApplicationScoped
public class CaseworkSealedColumns implements SealedColumns {

    @Override
    public List<Column> sealedColumns() {
        return List.of(new Column("case_note", "text_sealed", CaseRecords.NOTE_PURPOSE));
    }
}
