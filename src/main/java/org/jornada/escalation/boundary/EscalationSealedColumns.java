package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jornada.platform.control.SealedColumns;

/** What escalation seals: the approved referral packets. */
@ApplicationScoped
public class EscalationSealedColumns implements SealedColumns {

    @Override
    public List<Column> sealedColumns() {
        return List.of(new Column("referral", "packet_sealed", ReferralPackets.PURPOSE));
    }
}
