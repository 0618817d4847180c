package org.jornada.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jornada.platform.control.SealedColumns;

/** What the mail feature seals: the letters of the outbox. */
@ApplicationScoped
public class MailSealedColumns implements SealedColumns {

    @Override
    public List<Column> sealedColumns() {
        return List.of(new Column("mail_outbox", "mime_sealed", Outbox.PURPOSE));
    }
}
