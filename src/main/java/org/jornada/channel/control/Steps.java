package org.jornada.channel.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jornada.channel.control.Dialogue.Draft;
import org.jornada.channel.control.Dialogue.Line;
import org.jornada.channel.control.Dialogue.State;
import org.jornada.channel.control.Dialogue.Step;
import org.jornada.channel.control.Dialogue.Turn;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.platform.control.UsStates;

/** Each step's reading of an answer (the keywords are {@link Dialogue}'s). */
final class Steps {

    /** Spanish names of states where H-2A and H-2B work is common (the English names come from {@link UsStates}). */
    private static final List<String[]> SPANISH_STATES = List.of(new String[] {"carolina del norte", "NC"},
            new String[] {"carolina del sur", "SC"}, new String[] {"nueva york", "NY"},
            new String[] {"nuevo mexico", "NM"}, new String[] {"nueva jersey", "NJ"},
            new String[] {"nuevo hampshire", "NH"}, new String[] {"dakota del norte", "ND"},
            new String[] {"dakota del sur", "SD"}, new String[] {"virginia occidental", "WV"},
            new String[] {"luisiana", "LA"}, new String[] {"misisipi", "MS"}, new String[] {"misuri", "MO"},
            new String[] {"pensilvania", "PA"}, new String[] {"tejas", "TX"}, new String[] {"florida", "FL"},
            new String[] {"georgia", "GA"}, new String[] {"california", "CA"}, new String[] {"oregon", "OR"},
            new String[] {"washington", "WA"}, new String[] {"michigan", "MI"}, new String[] {"kentucky", "KY"},
            new String[] {"arkansas", "AR"}, new String[] {"hawai", "HI"});

    private Steps() {
    }

    static Turn answer(State state, String said, int media, boolean notices) {
        Draft draft = state.draft();
        return switch (state.step()) {
            case LANGUAGE -> language(draft, said);
            case GROUP -> group(draft, said);
            case CATEGORY -> category(draft, said);
            case EMPLOYER -> employer(draft, said, media);
            case STATE -> state(draft, said, media);
            case ACCOUNT -> account(draft, said, media);
            case DANGER -> danger(draft, said, media, notices);
            case NOTIFY -> notify(draft, said, media);
            case CASE -> said.isEmpty() && media > 0 ? new Turn(state, List.of(), new Dialogue.Post(""))
                    : said.isEmpty() ? again(state) : new Turn(state, List.of(), new Dialogue.Post(said));
        };
    }

    static List<Category> categoriesOf(CategoryGroup group) {
        return Arrays.stream(Category.values()).filter(c -> c.group() == group).toList();
    }

    static Menu categoryMenu(CategoryGroup group) {
        return new Menu(categoriesOf(group).stream().map(c -> "cat." + c.name()).toList());
    }

    private static Turn language(Draft draft, String said) {
        Optional<Integer> number = Words.number(said);
        String language = null;
        if (number.filter(n -> n == 1).isPresent() || Words.is(said, "es", "espanol", "spanish", "hola")) {
            language = "es";
        } else if (number.filter(n -> n == 2).isPresent() || Words.is(said, "en", "english", "ingles", "hello", "hi")) {
            language = "en";
        }
        if (language == null) {
            // Spanish unless asked otherwise: whatever the worker wrote, the report goes on
            language = draft.language();
        }
        return ask(new State(Step.GROUP, draft.language(language)));
    }

    private static Turn group(Draft draft, String said) {
        Optional<Integer> number = Words.number(said);
        CategoryGroup[] groups = CategoryGroup.values();
        Optional<CategoryGroup> named = number.isPresent() ? Optional.empty() : GroupWords.of(said);
        if (named.isEmpty() && (number.isEmpty() || number.get() < 1 || number.get() > groups.length)) {
            return again(new State(Step.GROUP, draft));
        }
        CategoryGroup group = named.orElseGet(() -> groups[number.get() - 1]);
        Draft next = draft.group(group);
        List<Category> inGroup = categoriesOf(group);
        List<Line> lines = new ArrayList<>();
        if (group == CategoryGroup.COERCION) {
            lines.add(new Line("channel.danger.now"));
        }
        if (inGroup.size() == 1) {
            State on = new State(Step.EMPLOYER, next.category(inGroup.get(0)));
            lines.addAll(Dialogue.question(on));
            return new Turn(on, lines, new Dialogue.None());
        }
        State on = new State(Step.CATEGORY, next);
        lines.addAll(Dialogue.question(on));
        return new Turn(on, lines, new Dialogue.None());
    }

    private static Turn category(Draft draft, String said) {
        List<Category> inGroup = categoriesOf(draft.group());
        Optional<Integer> number = Words.number(said);
        if (number.isEmpty() || number.get() < 1 || number.get() > inGroup.size()) {
            return again(new State(Step.CATEGORY, draft));
        }
        return ask(new State(Step.EMPLOYER, draft.category(inGroup.get(number.get() - 1))));
    }

    private static Turn employer(Draft draft, String said, int media) {
        if (said.isEmpty()) {
            return media > 0 ? kept(new State(Step.EMPLOYER, draft), media) : again(new State(Step.EMPLOYER, draft));
        }
        if (!unknown(said) && said.matches("[0-9 .]+")) {
            return again(new State(Step.EMPLOYER, draft));
        }
        String employer = unknown(said) ? null : clip(said, Dialogue.NAME_MAX);
        return withMedia(ask(new State(Step.STATE, draft.employer(employer))), media);
    }

    private static Turn state(Draft draft, String said, int media) {
        if (said.isEmpty()) {
            return media > 0 ? kept(new State(Step.STATE, draft), media) : again(new State(Step.STATE, draft));
        }
        if (unknown(said)) {
            return withMedia(ask(new State(Step.ACCOUNT, draft.state(null))), media);
        }
        Optional<String> code = stateCode(said);
        if (code.isEmpty()) {
            return again(new State(Step.STATE, draft));
        }
        return withMedia(ask(new State(Step.ACCOUNT, draft.state(code.get()))), media);
    }

    private static Turn account(Draft draft, String said, int media) {
        if (said.isEmpty() && media == 0) {
            return again(new State(Step.ACCOUNT, draft));
        }
        String account = said.isEmpty() ? null : clip(said, Dialogue.ACCOUNT_MAX);
        String joined = draft.account() == null ? account
                : account == null ? draft.account() : clip(draft.account() + "\n" + account, Dialogue.ACCOUNT_MAX);
        return withMedia(ask(new State(Step.DANGER, draft.account(joined))), media);
    }

    private static Turn danger(Draft draft, String said, int media, boolean notices) {
        Optional<Boolean> answer = Words.yesNo(said);
        if (answer.isEmpty() && Words.count(said) >= 4) {
            return more(new State(Step.DANGER, draft), said);
        }
        if (answer.isEmpty()) {
            return media > 0 && said.isEmpty() ? kept(new State(Step.DANGER, draft), media)
                    : again(new State(Step.DANGER, draft));
        }
        List<Line> lines = new ArrayList<>();
        if (answer.get()) {
            lines.add(new Line("channel.danger.now"));
        }
        if (!notices) {
            Draft done = draft.danger(answer.get()).wantsNotice(false).media(draft.media() + media);
            return new Turn(new State(Step.CASE, done), lines, new Dialogue.File(done));
        }
        State on = new State(Step.NOTIFY, draft.danger(answer.get()));
        lines.addAll(Dialogue.question(on));
        return withMedia(new Turn(on, lines, new Dialogue.None()), media);
    }

    private static Turn notify(Draft draft, String said, int media) {
        Optional<Boolean> answer = Words.yesNo(said);
        if (answer.isEmpty() && Words.count(said) >= 4) {
            return more(new State(Step.NOTIFY, draft), said);
        }
        if (answer.isEmpty()) {
            return media > 0 && said.isEmpty() ? kept(new State(Step.NOTIFY, draft), media)
                    : again(new State(Step.NOTIFY, draft));
        }
        Draft done = draft.wantsNotice(answer.get()).media(draft.media() + media);
        return new Turn(new State(Step.CASE, done), List.of(), new Dialogue.File(done));
    }

    /** A state's two-letter code, or its name in English or Spanish. */
    static Optional<String> stateCode(String said) {
        String words = Words.plain(said).replace(" nte", " norte").replace(" nrte", " norte");
        String plain = words.matches("[a-z] [a-z]") ? words.replace(" ", "") : words;
        String upper = plain.toUpperCase(java.util.Locale.ROOT);
        if (upper.length() == 2 && UsStates.isKnown(upper)) {
            return Optional.of(upper);
        }
        for (String code : UsStates.CODES) {
            if (Words.plain(UsStates.name(code)).equals(plain)) {
                return Optional.of(code);
            }
        }
        return SPANISH_STATES.stream().filter(pair -> pair[0].equals(plain)).map(pair -> pair[1]).findFirst();
    }

    private static boolean unknown(String said) {
        return Words.is(said, "0", "no se", "no lo se", "nose", "no", "dont know", "don t know", "unknown", "cero",
                "zero");
    }

    private static String clip(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max));
    }

    /** A long message where a yes or no was asked: the rest of the account, added to it; the question again. */
    private static Turn more(State state, String said) {
        Draft draft = state.draft();
        String joined = draft.account() == null ? said : clip(draft.account() + "\n" + said, Dialogue.ACCOUNT_MAX);
        State on = new State(state.step(), draft.account(joined));
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("channel.account.added"));
        lines.addAll(Dialogue.question(on));
        return new Turn(on, lines, new Dialogue.None());
    }

    /**
     * The receipt code in a message: the whole message, or 20 digits in groups within a short one
     * ("mi código es 1234 5678 ...").
     */
    static Optional<org.jornada.complaint.entity.ReceiptCode> codeIn(String said) {
        Optional<org.jornada.complaint.entity.ReceiptCode> whole = org.jornada.complaint.entity.ReceiptCode.parse(said);
        if (whole.isPresent() || said.length() > 80) {
            return whole;
        }
        java.util.regex.Matcher m = CODE.matcher(said);
        while (m.find()) {
            Optional<org.jornada.complaint.entity.ReceiptCode> found = org.jornada.complaint.entity.ReceiptCode
                    .parse(m.group());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("(?<![0-9])[0-9][0-9 .-]{18,38}[0-9](?![0-9])");

    /** The step's question again, after "I did not understand". */
    private static Turn again(State state) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("channel.notUnderstood"));
        lines.addAll(Dialogue.question(state));
        return new Turn(state, lines, new Dialogue.None());
    }

    private static Turn ask(State state) {
        return new Turn(state, Dialogue.question(state), new Dialogue.None());
    }

    /** Media sent without an answer: kept for the report, the question stays. */
    static Turn kept(State state, int media) {
        State on = new State(state.step(), state.draft().media(state.draft().media() + media));
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("channel.media.kept"));
        lines.addAll(Dialogue.question(on));
        return new Turn(on, lines, new Dialogue.Keep());
    }

    private static Turn withMedia(Turn turn, int media) {
        if (media == 0) {
            return turn;
        }
        State on = new State(turn.next().step(), turn.next().draft().media(turn.next().draft().media() + media));
        return new Turn(on, turn.lines(), new Dialogue.Keep());
    }
}
