package org.jornada.platform.control;

import java.util.Optional;

/**
 * A use case that changes something: one step each for permission, rules, change and audit entry,
 * run in that order by the engine ({@code platform.boundary.Commands}) in one transaction. Pages
 * and resources run a command through its own {@code run} method, which hands it to the engine;
 * nothing else calls the steps (ArchitectureTest).
 *
 * <ol>
 * <li>{@link #permission}: who may, decided before the input is read;</li>
 * <li>Bean Validation on the input record ({@link #validated}), then {@link #check} for the rules
 * annotations cannot say; either refuses with {@link RefusedException} (400), every broken field named;</li>
 * <li>{@link #change}, in the engine's transaction;</li>
 * <li>{@link #audit}: the entry the engine writes for the done change.</li>
 * </ol>
 *
 * @param <A> who runs it
 * @param <I> its input record
 * @param <R> its answer
 */
public interface Command<A extends Actor, I, R> {

    /**
     * One run: who, the case or record it acts on (a path's {id}; {@code null} when the input
     * says), and the input.
     */
    record Call<A, I>(A who, Long target, I input) {
    }

    /** An entry for the audit trail. */
    record Entry(String action, Long caseId, String detail) {
    }

    Permission permission(Call<A, I> call);

    /** What Bean Validation checks; the input itself unless the command says otherwise. */
    default Object validated(I input) {
        return input;
    }

    /** Rules the input's annotations cannot say (lengths after cleaning, fields that go together). */
    default void check(Call<A, I> call) {
    }

    R change(Call<A, I> call);

    /**
     * The engine's entry for the done change; empty when the change's own steps write finer entries
     * (a case's state change writes one per move, with the reason), named in the command's comment.
     */
    Optional<Entry> audit(Call<A, I> call, R result);

    /** The answer when {@link #permission} finds nothing to act on for this person. */
    default R absent() {
        throw new IllegalStateException(getClass().getSimpleName() + " has no answer for a missing target");
    }
}
