package org.jornada.channel.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.jornada.channel.control.CallFlow.Call;
import org.jornada.channel.control.CallFlow.Step;
import org.jornada.complaint.entity.Category;

/** A call's state as bytes to seal, and back (a state that cannot be read starts the call over). */
public final class CallCodec {

    private CallCodec() {
    }

    public static byte[] write(Call call) {
        Properties p = new Properties();
        p.setProperty("step", call.step().name());
        p.setProperty("language", call.language());
        if (call.category() != null) {
            p.setProperty("category", call.category().name());
        }
        if (call.recording() != null) {
            p.setProperty("recording", call.recording());
        }
        if (call.code() != null) {
            p.setProperty("code", call.code());
        }
        p.setProperty("danger", Boolean.toString(call.danger()));
        p.setProperty("tries", Integer.toString(call.tries()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            p.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Optional<Call> read(byte[] bytes) {
        try {
            Properties p = new Properties();
            p.load(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            Category category = p.containsKey("category") ? Category.valueOf(p.getProperty("category")) : null;
            return Optional.of(new Call(Step.valueOf(p.getProperty("step")), p.getProperty("language", "es"), category,
                    p.getProperty("recording"), Boolean.parseBoolean(p.getProperty("danger")),
                    Integer.parseInt(p.getProperty("tries", "0")), p.getProperty("code")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
