package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Forbidden;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: an admin changes an account's role (and its tokens'). Nobody changes their own role,
 * and a case-reading role is given only by a signed-in admin (refusals audited); the change is
 * audited in the same transaction. The accounts page and
 * {@code POST /api/v1/staff/accounts/{id}/role} both run it.
 */
@ApplicationScoped
public class ChangeStaffRole {

    public record Input(@NotNull(message = "staff.accountNotFound") Long accountId,
            @NotNull(message = "staff.role.unknown") Role role) {
    }

    @Inject
    StaffAccounts directory;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    /** True when changed, false when there is no such account. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal admin, Input input) {
        audit.requireAdmin(admin, "change role of staff " + input.accountId());
        validation.check(input);
        Optional<String> refused = directory.grantProblem(admin, input.accountId(), input.role());
        if (refused.isPresent()) {
            audit.record(admin, AuditTrail.ACCESS_DENIED, null, "grant " + input.role() + " to staff " + input.accountId());
            throw new Forbidden(refused.get());
        }
        return directory.changeRole(admin, input.accountId(), input.role());
    }
}
