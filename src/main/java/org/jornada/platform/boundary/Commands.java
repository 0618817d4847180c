package org.jornada.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jornada.platform.control.Actor;
import org.jornada.platform.control.AuditLog;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.PermissionDeniedException;
import org.jornada.platform.control.Permission;

/**
 * The command engine: every use case that changes something runs here, in one transaction and
 * one order: permission (a refusal is audited in a transaction of its own and answered with
 * {@link PermissionDeniedException}), Bean Validation on the input and the command's own rules, the change, the
 * audit entry. See {@link Command}.
 */
@ApplicationScoped
public class Commands {

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    public Commands() {
    }

    /** Outside a container (a unit test): with these parts. */
    public Commands(InputValidation validation, AuditLog audit) {
        this.validation = validation;
        this.audit = audit;
    }

    /** Runs {@code command} for {@code who} on the case or record {@code target} (or {@code null}). */
    @Transactional(dontRollbackOn = PermissionDeniedException.class)
    public <A extends Actor, I, R> R run(Command<A, I, R> command, A who, Long target, I input) {
        Command.Call<A, I> call = new Command.Call<>(who, target, input);
        Permission permission = who == null
                ? Permission.refused(target, command.getClass().getSimpleName())
                : command.permission(call);
        switch (permission.kind()) {
            case REFUSED -> {
                audit.refusal(who, permission.caseId(), permission.what());
                throw new PermissionDeniedException(permission.messageKey());
            }
            case ABSENT -> {
                return command.absent();
            }
            case GRANTED -> {
                // go on
            }
        }
        if (input != null) {
            validation.check(command.validated(input));
        }
        command.check(call);
        R result = command.change(call);
        command.audit(call, result).ifPresent(entry -> audit.record(who, entry.action(), entry.caseId(), entry.detail()));
        return result;
    }
}
