package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: an admin disables a staff account; its tokens stop working at once. Nobody disables
 * their own account (the last admin could lock everyone out). Permission, change and audit entry
 * in one transaction; the accounts page and {@code POST /api/v1/staff/accounts/{id}/disable} both
 * run it.
 */
@ApplicationScoped
public class DisableStaffAccount {

    @Inject
    StaffAccounts accounts;

    @Inject
    AuditTrail audit;

    /** True when disabled, false when there is no such account. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal admin, long accountId) {
        audit.requireAdmin(admin, "disable staff " + accountId);
        if (accountId == admin.staffId()) {
            throw new Refused("accountId", "accounts.disableRefused");
        }
        return accounts.disable(admin, accountId);
    }
}
