package org.jornada.channel.control;

import java.util.List;
import org.jornada.channel.control.CallFlow.Step;
import org.jornada.channel.control.Dialogue.Line;

/**
 * One piece of what a phone call hears or does next, as the plain call flow ({@link CallFlow}) says
 * it; {@link VoiceTwiml} writes it as TwiML. Texts are bundle keys ({@link Line}), said in the call's
 * language unless a part names its own.
 */
public sealed interface CallPart {

    /** {@code line} said by the provider's text-to-speech; {@code language} null for the call's. */
    record Say(Line line, String language) implements CallPart {
        public Say(Line line) {
            this(line, null);
        }
    }

    /** A receipt code read slowly: digit by digit, groups of four apart. */
    record Code(String grouped) implements CallPart {
    }

    record Pause(int seconds) implements CallPart {
    }

    /**
     * Keys pressed: {@code digits} of them (0: until {@code #}), posted to {@code action}; what is
     * inside is heard while waiting. With no key pressed the call goes on to the next part.
     */
    record Gather(Step action, int digits, List<CallPart> inside) implements CallPart {
        public Gather {
            inside = List.copyOf(inside);
        }
    }

    /** A recording after a beep, up to {@code maxSeconds}, posted to {@code action} (ended with {@code #}). */
    record Record(Step action, int maxSeconds) implements CallPart {
    }

    /** Go on at {@code action} (posted without keys: "nothing pressed"). */
    record Redirect(Step action) implements CallPart {
    }

    record Hangup() implements CallPart {
    }
}
