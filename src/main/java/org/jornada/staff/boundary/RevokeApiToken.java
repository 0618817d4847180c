package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jornada.platform.control.Forbidden;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: an admin revokes a bearer token; it stops working at once. Permission, change and
 * audit entry in one transaction. {@code POST /api/v1/staff/tokens/{id}/revoke}.
 */
@ApplicationScoped
public class RevokeApiToken {

    @Inject
    StaffAccounts accounts;

    @Inject
    AuditTrail audit;

    /** True when revoked, false when there is no such token. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal admin, long tokenId) {
        audit.requireAdmin(admin, "revoke token " + tokenId);
        return accounts.revoke(admin, tokenId);
    }
}
