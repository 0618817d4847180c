package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jornada.platform.control.Forbidden;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: an admin revokes a bearer token; it stops working at once. Permission (a signed-in
 * admin also gives a fresh authenticator code, {@link SignIn#requireFreshCode}), change and audit
 * entry in one transaction. {@code POST /api/v1/staff/tokens/{id}/revoke} and
 * {@code /staff/admin/accounts}.
 */
@ApplicationScoped
public class RevokeApiToken {

    @Inject
    StaffAccounts accounts;

    @Inject
    SignIn signIn;

    @Inject
    AuditTrail audit;

    /** Through the API (an admin token). True when revoked, false when there is no such token. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal admin, long tokenId) {
        return run(admin, tokenId, null);
    }

    /** As {@link #run(StaffPrincipal, long)}; a signed-in admin gives their new authenticator code. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal admin, long tokenId, String freshCode) {
        String what = "revoke token " + tokenId;
        audit.requireAdmin(admin, what);
        if (!admin.viaToken()) {
            signIn.requireFreshCode(admin, freshCode, what);
        }
        return accounts.revoke(admin, tokenId);
    }
}
