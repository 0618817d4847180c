package org.jornada.evidence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jornada.platform.control.SealedColumns;

/** What the evidence feature seals: the files, their machine transcriptions, and the report form's held files. */
@ApplicationScoped
public class EvidenceSealedColumns implements SealedColumns {

    @Override
    public List<Column> sealedColumns() {
        return List.of(new Column("evidence", "content_sealed", EvidenceStore.PURPOSE),
                new Column("evidence_transcript", "text_sealed", TranscriptBook.PURPOSE, "evidence_id"),
                new Column("held_upload", "content_sealed", HeldUploads.PURPOSE));
    }
}
