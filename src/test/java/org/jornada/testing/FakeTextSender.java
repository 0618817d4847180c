package org.jornada.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Qualifier;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jornada.channel.control.TextSender;
import org.jornada.channel.entity.Medium;

/**
 * Test deployments only: a text provider the tests switch on and off through
 * {@link TextSenderServlet}. OFF (the default) sends nothing ({@code canSend} false, so no other
 * test meets it); OK records what it was given; FAIL throws as a provider that cannot be reached.
 * Qualified {@link Fake}, so that it is no {@code @Default} bean beside a real provider: only a
 * caller that asks for every sender ({@code @Any Instance<TextSender>}) finds it.
 */
@ApplicationScoped
@FakeTextSender.Fake
public class FakeTextSender implements TextSender {

    /** What the fake does now. */
    public enum Mode { OFF, OK, FAIL }

    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    public @interface Fake {
    }

    /** One text it took: to whom, how, what. */
    public record Sent(Medium medium, String e164, String text) {
    }

    private volatile Mode mode = Mode.OFF;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public int failures() {
        return failures.get();
    }

    @Override
    public boolean canSend(Medium medium) {
        return mode != Mode.OFF && medium == Medium.SMS;
    }

    @Override
    public void send(Medium medium, String e164, String text) throws IOException {
        if (mode == Mode.FAIL) {
            failures.incrementAndGet();
            throw new IOException("fake gateway down");
        }
        sent.add(new Sent(medium, e164, text));
    }
}
