package org.jornada.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jornada.platform.control.SealedColumns;

/** What the review feature seals: the texts of ratings. */
@ApplicationScoped
public class ReviewSealedColumns implements SealedColumns {

    @Override
    public List<Column> sealedColumns() {
        return List.of(new Column("review", "text_sealed", Reviews.PURPOSE));
    }
}
