package org.jornada.channel.control;

import java.util.ArrayList;
import java.util.List;
import org.jornada.channel.control.CallPart.Code;
import org.jornada.channel.control.CallPart.Gather;
import org.jornada.channel.control.CallPart.Hangup;
import org.jornada.channel.control.CallPart.Pause;
import org.jornada.channel.control.CallPart.Record;
import org.jornada.channel.control.CallPart.Redirect;
import org.jornada.channel.control.CallPart.Say;
import org.jornada.channel.control.Dialogue.Line;
import org.jornada.complaint.entity.Category;

/**
 * The phone line's call flow (issue #29, docs/channels.md "Phone line"), as plain logic a unit test
 * drives through every branch: the language (1 español, 2 English), then 1 to report or 2 to hear
 * one's report. Reporting: what happened by keypad (a short menu onto the complaint categories), the
 * story recorded after the tone (up to 5 minutes), in danger now? (911 and the trafficking hotline
 * said at once; also right after choosing papers, threats or debts), then the case is filed and its
 * receipt code read slowly twice, and offered once more. Hearing: the code by keypad (20 digits and
 * {@code #}), the case's state and the advocates' replies, and "press 1 to leave a voice message".
 *
 * <p>Each answer gives the call's next state (null: forget it), the parts to say or do
 * ({@link CallPart}) and at most one effect for the boundary to carry out; the boundary then asks
 * {@link #filed}, {@link #found}, {@link #notFound} or {@link #messageSaved} for the words that
 * follow. A question not answered (or answered with a key that means nothing) is asked again, at
 * most {@link #TRIES} times; the report is never dropped for it: a missing recording or danger
 * answer files what is known.
 */
public final class CallFlow {

    public static final int TRIES = 3;
    /** The story's longest recording (issue #29: up to 5 minutes). */
    public static final int STORY_SECONDS = 300;
    /** A voice message's longest recording. */
    public static final int MESSAGE_SECONDS = 180;
    /**
     * The keypad menu of what happened, onto the complaint categories: a first guess, which advocates
     * correct after listening (1 pay, 2 housing, 3 papers/threats/debts, 4 health and safety, 5 other).
     */
    public static final List<Category> MENU = List.of(Category.BELOW_REQUIRED_WAGE, Category.UNSAFE_HOUSING,
            Category.THREATS, Category.HEAT_WATER_SHADE, Category.OTHER);

    private CallFlow() {
    }

    public enum Step {
        LANGUAGE, MENU, WHAT, STORY, DANGER, FILED, CODE, HEARD, MESSAGE
    }

    /** Where a call is: its step, language, answers, the story's recording URL, tries, the code once filed. */
    public record Call(Step step, String language, Category category, String recording, boolean danger, int tries,
            String code) {

        public static Call start() {
            return new Call(Step.LANGUAGE, "es", null, null, false, 0, null);
        }

        Call at(Step next) {
            return new Call(next, language, category, recording, danger, 0, code);
        }

        Call tried() {
            return new Call(step, language, category, recording, danger, tries + 1, code);
        }

        Call language(String value) {
            return new Call(step, value, category, recording, danger, tries, code);
        }

        Call category(Category value) {
            return new Call(step, language, value, recording, danger, tries, code);
        }

        Call recording(String value) {
            return new Call(step, language, category, value, danger, tries, code);
        }

        Call danger(boolean value) {
            return new Call(step, language, category, recording, value, tries, code);
        }

        Call code(String value) {
            return new Call(step, language, category, recording, danger, tries, value);
        }
    }

    /** What Twilio posted: the keys pressed, a recording's URL, and whether the caller already hung up. */
    public record Heard(String digits, String recording, boolean hungUp) {
        public Heard {
            digits = digits == null ? "" : digits.strip();
            recording = recording == null || recording.isBlank() ? null : recording.strip();
        }
    }

    public sealed interface Effect permits None, File, Lookup, KeepMessage {
    }

    public record None() implements Effect {
    }

    /** File the report (the recording at {@code call.recording()}, if any, is its story). */
    public record File(Call call) implements Effect {
    }

    /** Look the case up by the keys typed (a wrong code spends the follow-up's limit). */
    public record Lookup(String typed) implements Effect {
    }

    /** Put the recording at {@code recording} on the case as the worker's voice message. */
    public record KeepMessage(String recording) implements Effect {
    }

    /** The call's next state (null: forget it), what it hears, and the effect to carry out. */
    public record Turn(Call next, List<CallPart> parts, Effect effect) {
        public Turn {
            parts = List.copyOf(parts);
        }
    }

    /** A new call: the language menu, in both languages. */
    public static Turn start() {
        List<CallPart> parts = new ArrayList<>();
        parts.add(new Say(new Line("call.welcome"), "es"));
        parts.add(new Say(new Line("call.welcome"), "en"));
        parts.addAll(question(Call.start()));
        return new Turn(Call.start(), parts, new None());
    }

    /** The answer to what Twilio posted at step {@code at}; {@code call} null when none is known. */
    public static Turn answer(Call call, Step at, Heard heard) {
        if (call == null) {
            return start();
        }
        if (at != call.step()) {
            return new Turn(call, question(call), new None());
        }
        String keys = heard.digits();
        return switch (call.step()) {
            case LANGUAGE -> keys.equals("1") ? ask(call.language("es").at(Step.MENU))
                    : keys.equals("2") ? ask(call.language("en").at(Step.MENU)) : again(call, keys);
            case MENU -> keys.equals("1") ? ask(call.at(Step.WHAT)) : keys.equals("2") ? ask(call.at(Step.CODE))
                    : again(call, keys);
            case WHAT -> what(call, keys);
            case STORY -> story(call, heard);
            case DANGER -> danger(call, keys);
            case FILED -> keys.equals("1") ? goodbye(List.of(new Say(new Line("call.code.is")),
                    new Code(call.code()))) : goodbye(List.of());
            case CODE -> keys.isEmpty() || !keys.matches("[0-9*]+") ? again(call, keys)
                    : new Turn(call, List.of(), new Lookup(keys.replace("*", "")));
            case HEARD -> keys.equals("1") ? ask(call.at(Step.MESSAGE)) : goodbye(List.of());
            case MESSAGE -> heard.recording() == null ? goodbye(List.of())
                    : new Turn(null, List.of(), new KeepMessage(heard.recording()));
        };
    }

    private static Turn what(Call call, String keys) {
        int choice = keys.matches("[1-9]") ? Integer.parseInt(keys) : 0;
        if (choice < 1 || choice > MENU.size()) {
            return again(call, keys);
        }
        Category category = MENU.get(choice - 1);
        Call next = call.category(category).at(Step.STORY);
        List<CallPart> parts = new ArrayList<>();
        if (category.isUrgent()) {
            parts.addAll(hotline());
        }
        parts.addAll(question(next));
        return new Turn(next, parts, new None());
    }

    private static Turn story(Call call, Heard heard) {
        if (heard.recording() == null) {
            // nothing recorded: ask again; after the tries, go on without a recording
            return call.tries() + 1 < TRIES ? again(call, "") : ask(call.at(Step.DANGER));
        }
        Call next = call.recording(heard.recording()).at(Step.DANGER);
        if (heard.hungUp()) {
            // the caller hung up after telling it: the report is filed as it is
            return new Turn(next, List.of(), new File(next));
        }
        return ask(next);
    }

    private static Turn danger(Call call, String keys) {
        if (keys.equals("1") || keys.equals("2")) {
            Call done = call.danger(keys.equals("1"));
            return new Turn(done, keys.equals("1") ? hotline() : List.of(), new File(done));
        }
        return call.tries() + 1 < TRIES ? again(call, keys) : new Turn(call, List.of(), new File(call));
    }

    /** After filing: received, the code read twice, and offered once more. */
    public static Turn filed(Call call, List<CallPart> before, String grouped, boolean urgent, boolean voiceKept) {
        List<CallPart> parts = new ArrayList<>(before);
        parts.add(new Say(new Line("call.filed")));
        if (call.recording() != null && !voiceKept) {
            parts.add(new Say(new Line("call.filed.noRecording")));
        }
        if (urgent) {
            parts.add(new Say(new Line("channel.filed.urgent")));
        }
        parts.add(new Say(new Line("call.code.is")));
        parts.add(new Code(grouped));
        parts.add(new Pause(1));
        parts.add(new Say(new Line("call.code.again")));
        parts.add(new Code(grouped));
        Call next = call.recording(null).code(grouped).at(Step.FILED);
        parts.addAll(question(next));
        return new Turn(next, parts, new None());
    }

    /** The case found: its state and replies ({@code news}), then the offer of a voice message. */
    public static Turn found(Call call, List<Say> news) {
        Call next = call.at(Step.HEARD);
        List<CallPart> parts = new ArrayList<>(news);
        parts.addAll(question(next));
        return new Turn(next, parts, new None());
    }

    /** A wrong code: again (each one spent the limit), or, once limited, how long to wait. */
    public static Turn notFound(Call call, boolean limited, long waitMinutes) {
        if (limited) {
            return goodbye(List.of(new Say(new Line("channel.limited", waitMinutes))));
        }
        if (call.tries() + 1 >= TRIES) {
            return goodbye(List.of(new Say(new Line("call.code.notFound"))));
        }
        List<CallPart> parts = new ArrayList<>();
        parts.add(new Say(new Line("call.code.notFound")));
        parts.addAll(question(call));
        return new Turn(call.tried(), parts, new None());
    }

    /** The voice message kept on the case, or not (then the caller is asked to call again). */
    public static Turn messageSaved(boolean kept) {
        return goodbye(List.of(new Say(new Line(kept ? "call.message.saved" : "call.message.lost"))));
    }

    /** What the step asks, and what happens when nothing is pressed. */
    public static List<CallPart> question(Call call) {
        return switch (call.step()) {
            case LANGUAGE -> List.of(new Gather(Step.LANGUAGE, 1, List.of(new Say(new Line("call.ask.language"), "es"),
                    new Say(new Line("call.ask.language"), "en"))), new Redirect(Step.LANGUAGE));
            case MENU -> gather(Step.MENU, 1, "call.ask.menu");
            case WHAT -> gather(Step.WHAT, 1, "call.ask.what");
            case STORY -> List.of(new Say(new Line("call.ask.story")), new Record(Step.STORY, STORY_SECONDS),
                    new Redirect(Step.STORY));
            case DANGER -> gather(Step.DANGER, 1, "call.ask.danger");
            case FILED -> List.of(new Gather(Step.FILED, 1, List.of(new Say(new Line("call.ask.repeat")))),
                    new Say(new Line("call.goodbye")), new Hangup());
            case CODE -> gather(Step.CODE, 0, "call.ask.code");
            case HEARD -> List.of(new Gather(Step.HEARD, 1, List.of(new Say(new Line("call.ask.message")))),
                    new Say(new Line("call.goodbye")), new Hangup());
            case MESSAGE -> List.of(new Say(new Line("call.ask.voiceMessage")), new Record(Step.MESSAGE,
                    MESSAGE_SECONDS), new Redirect(Step.MESSAGE));
        };
    }

    /** 911 and the National Human Trafficking Hotline (reference/domain-reference.md section 4). */
    static List<CallPart> hotline() {
        return List.of(new Say(new Line("call.danger.now")), new Pause(1));
    }

    private static List<CallPart> gather(Step step, int digits, String key) {
        return List.of(new Gather(step, digits, List.of(new Say(new Line(key)))), new Redirect(step));
    }

    private static Turn ask(Call call) {
        return new Turn(call, question(call), new None());
    }

    /** The question again: nothing pressed, or a key that means nothing; after the tries, goodbye. */
    private static Turn again(Call call, String keys) {
        if (call.tries() + 1 >= TRIES) {
            return goodbye(List.of());
        }
        List<CallPart> parts = new ArrayList<>();
        if (!keys.isEmpty()) {
            parts.add(new Say(new Line("call.notUnderstood")));
        }
        parts.addAll(question(call));
        return new Turn(call.tried(), parts, new None());
    }

    /** The last words, and the call is forgotten. */
    private static Turn goodbye(List<CallPart> before) {
        List<CallPart> parts = new ArrayList<>(before);
        parts.add(new Say(new Line("call.goodbye")));
        parts.add(new Hangup());
        return new Turn(null, parts, new None());
    }
}
