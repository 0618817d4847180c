package org.jornada.evidence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jornada.platform.control.SealedColumns;

/** What the evidence feature seals: the files and their machine transcriptions. */
@ApplicationScoped
public class EvidenceSealedColumns implements SealedColumns {

    @Override
    public List<Column> sealedColumns() {
        return List.of(new Column("evidence", "content_sealed", EvidenceStore.PURPOSE),
                new Column("evidence_transcript", "text_sealed", TranscriptBook.PURPOSE, "evidence_id"));
    }
}
