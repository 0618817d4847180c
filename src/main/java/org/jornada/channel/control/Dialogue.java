package org.jornada.channel.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.complaint.entity.ReceiptCode;

/**
 * The message conversation's steps, as plain logic a unit test drives through a whole report:
 * language → what happened (a category group, then the category in it) → employer → state → a
 * short account → in danger now? → may we tell you of a reply here? → filed, with the receipt
 * code. At any step {@code AYUDA}/{@code HELP} repeats the question with help, {@code ATRAS}/
 * {@code BACK} goes one step back, {@code SALIR}/{@code STOP} forgets the conversation, and a
 * receipt code looks the case up. A danger or coercion answer gets 911 and the trafficking
 * hotline before anything else (DESIGN.md; reference/domain-reference.md section 4, National
 * Human Trafficking Hotline: 1-888-373-7888, text HELP to 233733, 911 in immediate danger).
 *
 * <p>It answers with the next state, the lines to send (bundle keys, rendered by the boundary
 * in the conversation's language) and at most one effect for the boundary to carry out.
 */
public final class Dialogue {

    /** Longest employer name kept (the web form's limit, ComplaintValidator.NAME_MAX). */
    static final int NAME_MAX = 200;
    /** Longest account kept from one message (the web form's narrative limit). */
    static final int ACCOUNT_MAX = 20_000;

    private Dialogue() {
    }

    public enum Step {
        LANGUAGE, GROUP, CATEGORY, EMPLOYER, STATE, ACCOUNT, DANGER, NOTIFY, CASE
    }

    /** What the worker answered so far. {@code media} counts photos and voice notes held for the report. */
    public record Draft(String language, CategoryGroup group, Category category, String employer, String state,
            String account, boolean danger, boolean wantsNotice, int media) {

        public static Draft empty() {
            return new Draft("es", null, null, null, null, null, false, false, 0);
        }

        Draft language(String value) {
            return new Draft(value, group, category, employer, state, account, danger, wantsNotice, media);
        }

        Draft group(CategoryGroup value) {
            return new Draft(language, value, null, employer, state, account, danger, wantsNotice, media);
        }

        Draft category(Category value) {
            return new Draft(language, group, value, employer, state, account, danger, wantsNotice, media);
        }

        Draft employer(String value) {
            return new Draft(language, group, category, value, state, account, danger, wantsNotice, media);
        }

        Draft state(String value) {
            return new Draft(language, group, category, employer, value, account, danger, wantsNotice, media);
        }

        Draft account(String value) {
            return new Draft(language, group, category, employer, state, value, danger, wantsNotice, media);
        }

        Draft danger(boolean value) {
            return new Draft(language, group, category, employer, state, account, value, wantsNotice, media);
        }

        Draft wantsNotice(boolean value) {
            return new Draft(language, group, category, employer, state, account, danger, value, media);
        }

        Draft media(int value) {
            return new Draft(language, group, category, employer, state, account, danger, wantsNotice, value);
        }
    }

    /** Where a conversation is: its step and its draft. */
    public record State(Step step, Draft draft) {
    }

    /** One line to send: a bundle key and its arguments. */
    public record Line(String key, Object... args) {
    }

    /** What the boundary does besides answering. */
    public sealed interface Effect permits None, File, Lookup, Post, Forget, Keep {
    }

    public record None() implements Effect {
    }

    /** File the draft as a new case (then answer with the receipt). */
    public record File(Draft draft) implements Effect {
    }

    /** Look the case up by this code (then answer with its state and unread replies). */
    public record Lookup(ReceiptCode code) implements Effect {
    }

    /** Add the worker's text to the case the conversation is attached to. */
    public record Post(String text) implements Effect {
    }

    /** Forget the conversation now, with any media held for it. */
    public record Forget() implements Effect {
    }

    /** Keep the media of this message for the report being written. */
    public record Keep() implements Effect {
    }

    /** What happens next. {@code next} is null when the conversation is forgotten. */
    public record Turn(State next, List<Line> lines, Effect effect) {
    }

    /**
     * Answers one message. {@code state} is null for a new conversation (or one that expired);
     * {@code media} is how many photos or voice notes came with it.
     */
    public static Turn answer(State state, String text, int media) {
        return answer(state, text, media, true);
    }

    /**
     * The same; {@code notices} says whether this provider can tell the worker of a reply on its own
     * (Twilio cannot: then the worker is not asked, and no number is kept).
     */
    public static Turn answer(State state, String text, int media, boolean notices) {
        String said = text == null ? "" : text.strip();
        if (Words.is(said, "salir", "stop", "alto", "borrar", "unsubscribe", "cancel", "cancelar", "baja", "exit",
                "quit")) {
            return new Turn(null, List.of(new Line("channel.forgotten")), new Forget());
        }
        Optional<ReceiptCode> code = Steps.codeIn(said);
        if (code.isPresent()) {
            Draft draft = state == null ? Draft.empty() : state.draft();
            return new Turn(new State(Step.CASE, draft), List.of(), new Lookup(code.get()));
        }
        if (state == null) {
            // an English greeting gets the welcome in English; anything else in Spanish
            Draft draft = Words.is(said, "hi", "hello", "hey", "english", "help", "report", "info")
                    ? Draft.empty().language("en") : Draft.empty();
            return new Turn(new State(Step.LANGUAGE, draft), List.of(new Line("channel.welcome")), media > 0
                    ? new Keep() : new None());
        }
        if (Words.is(said, "ayuda", "help", "info", "menu")) {
            List<Line> lines = new ArrayList<>();
            lines.add(new Line("channel.help"));
            lines.addAll(question(state));
            return new Turn(state, lines, new None());
        }
        if (Words.is(said, "atras", "back", "regresar", "volver") && state.step() != Step.CASE) {
            State back = new State(previous(state), state.draft());
            return new Turn(back, question(back), new None());
        }
        if (said.isEmpty() && media > 0 && state.step() != Step.CASE && state.step() != Step.ACCOUNT) {
            return Steps.kept(state, media);
        }
        return Steps.answer(state, said, media, notices);
    }

    /** The question of a step (what the worker is asked to answer now). */
    public static List<Line> question(State state) {
        Draft draft = state.draft();
        return switch (state.step()) {
            case LANGUAGE -> List.of(new Line("channel.welcome"));
            case GROUP -> List.of(new Line("channel.ask.group"));
            case CATEGORY -> List.of(new Line("channel.ask.category", Steps.categoryMenu(draft.group())));
            case EMPLOYER -> List.of(new Line("channel.ask.employer"));
            case STATE -> List.of(new Line("channel.ask.state"));
            case ACCOUNT -> List.of(new Line("channel.ask.account"));
            case DANGER -> List.of(new Line("channel.ask.danger"));
            case NOTIFY -> List.of(new Line("channel.ask.notify"));
            case CASE -> List.of(new Line("channel.case.help"));
        };
    }

    private static Step previous(State state) {
        Draft draft = state.draft();
        return switch (state.step()) {
            case LANGUAGE, GROUP -> Step.LANGUAGE;
            case CATEGORY -> Step.GROUP;
            case EMPLOYER -> Steps.categoriesOf(draft.group()).size() > 1 ? Step.CATEGORY : Step.GROUP;
            case STATE -> Step.EMPLOYER;
            case ACCOUNT -> Step.STATE;
            case DANGER -> Step.ACCOUNT;
            case NOTIFY -> Step.DANGER;
            case CASE -> Step.CASE;
        };
    }
}
