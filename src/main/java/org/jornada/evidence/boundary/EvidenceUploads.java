package org.jornada.evidence.boundary;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jornada.platform.control.FieldError;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.evidence.control.EvidenceLimits;
import org.jornada.evidence.control.UnsupportedEvidenceException;

/**
 * Reads the files of a worker page's multipart form: skips empty inputs, enforces the count and
 * size limits, cleans each file, and reports problems as field errors naming the file.
 */
public final class EvidenceUploads {

    /** The cleaned files, or the errors that stop them. */
    public record Result(List<CleanedEvidence> files, List<FieldError> errors, boolean anySent) {
    }

    private EvidenceUploads() {
    }

    /** Every file sent, or none: the errors name the files that stop them. */
    public static Result read(List<Part> parts, String field, int maxFiles, EvidenceService service) {
        Result each = readEach(parts, field, maxFiles, service);
        return each.errors().isEmpty() ? each : new Result(List.of(), each.errors(), each.anySent());
    }

    /**
     * The files that could be cleaned, beside the errors that name the others (the report form holds
     * the good ones, issue #29); none when more than {@code maxFiles} were sent.
     */
    public static Result readEach(List<Part> parts, String field, int maxFiles, EvidenceService service) {
        List<CleanedEvidence> files = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        List<Part> sent = parts == null ? List.of()
                : parts.stream().filter(p -> p != null && p.getSize() > 0).toList();
        if (sent.size() > maxFiles) {
            errors.add(new FieldError(field, "error.files.tooMany", maxFiles));
            return new Result(List.of(), errors, true);
        }
        for (Part part : sent) {
            String name = displayName(part);
            try (InputStream in = part.getInputStream()) {
                Optional<byte[]> bytes = EvidenceLimits.readAtMostMax(in);
                if (bytes.isEmpty()) {
                    errors.add(new FieldError(field, "error.file.tooLarge", name));
                } else {
                    files.add(service.clean(bytes.get()));
                }
            } catch (UnsupportedEvidenceException | IOException e) {
                errors.add(new FieldError(field, "error.file.unsupported", name));
            }
        }
        return new Result(files, errors, !sent.isEmpty());
    }

    /**
     * The voice note of a worker form (issue #29): one recording, at most {@link EvidenceLimits#MAX_BYTES},
     * cleaned like every file; a file that is not a recording is refused under {@code field}.
     */
    public static Result readVoice(Part part, String field, EvidenceService service) {
        if (part == null || part.getSize() == 0) {
            return new Result(List.of(), List.of(), false);
        }
        Result read = read(List.of(part), field, 1, service);
        if (read.errors().stream().anyMatch(e -> "error.file.tooLarge".equals(e.messageKey()))) {
            return new Result(List.of(), List.of(new FieldError(field, "error.voice.tooLarge")), true);
        }
        if (!read.errors().isEmpty()) {
            // not a format any recorder writes: said as the voice field's own error, not the files'
            return new Result(List.of(), List.of(new FieldError(field, "error.voice.notAudio")), true);
        }
        if (read.errors().isEmpty() && !read.files().get(0).type().contentType().startsWith("audio/")) {
            return new Result(List.of(), List.of(new FieldError(field, "error.voice.notAudio")), true);
        }
        return read;
    }

    private static String displayName(Part part) {
        String name = part.getSubmittedFileName();
        if (name == null || name.isBlank()) {
            return "?";
        }
        name = name.replaceAll("[\\p{Cntrl}]", "");
        return name.length() > 60 ? name.substring(0, 60) + "…" : name;
    }
}
