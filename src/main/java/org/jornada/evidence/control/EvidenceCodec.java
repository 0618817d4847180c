package org.jornada.evidence.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** A cleaned file held for a report not yet filed (the message channel, the report form), as bytes to seal, and back. */
public final class EvidenceCodec {

    private EvidenceCodec() {
    }

    public static byte[] write(CleanedEvidence file) {
        byte[] type = file.type().name().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(4 + type.length + 8 + 1 + file.content().length);
        out.putInt(type.length).put(type);
        out.putLong(file.capturedAt() == null ? Long.MIN_VALUE : file.capturedAt().toEpochMilli());
        out.put((byte) (file.metadataRemoved() ? 1 : 0));
        out.put(file.content());
        return out.array();
    }

    public static Optional<CleanedEvidence> read(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            byte[] type = new byte[in.getInt()];
            in.get(type);
            long captured = in.getLong();
            boolean removed = in.get() == 1;
            byte[] content = new byte[in.remaining()];
            in.get(content);
            return Optional.of(new CleanedEvidence(EvidenceType.valueOf(new String(type, StandardCharsets.US_ASCII)),
                    content, captured == Long.MIN_VALUE ? null : Instant.ofEpochMilli(captured), removed));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
