package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jornada.platform.control.SealedColumns;

/** What the staff feature seals: the authenticator secrets. */
@ApplicationScoped
public class StaffSealedColumns implements SealedColumns {

    @Override
    public List<Column> sealedColumns() {
        return List.of(new Column("staff_account", "totp_sealed", SignIn.TOTP_PURPOSE));
    }
}
