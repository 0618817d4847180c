package org.jornada.complaint.boundary;

import jakarta.servlet.http.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.jornada.evidence.boundary.EvidenceService;
import org.jornada.evidence.boundary.EvidenceUploads;
import org.jornada.evidence.boundary.HeldUploads;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.evidence.control.EvidenceLimits;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.SafeLog;

/**
 * The files of one sending of the report form: the voice note and files sent now, cleaned, and the
 * ones held from an earlier sending that came back with a question ({@link HeldUploads}, V36). When
 * the form comes back again, what was cleaned now is held too, so the worker never records or
 * chooses it twice; once the report is filed, what was held is dropped.
 */
final class ReportUploads {

    private static final Logger LOG = Logger.getLogger(ReportUploads.class.getName());

    private final HeldUploads holder;
    private String key;
    private HeldUploads.Held held;
    private final EvidenceUploads.Result voiceSent;
    private final EvidenceUploads.Result filesSent;
    private boolean notHeld;
    private boolean removed;

    private ReportUploads(HeldUploads holder, String key, HeldUploads.Held held, EvidenceUploads.Result voiceSent,
            EvidenceUploads.Result filesSent) {
        this.holder = holder;
        this.key = key;
        this.held = held;
        this.voiceSent = voiceSent;
        this.filesSent = filesSent;
    }

    /** Reads what the form sent and what {@code key} holds; {@code remove}: the worker took the held files back. */
    static ReportUploads read(HeldUploads holder, EvidenceService evidence, String key, boolean remove, Part voice,
            List<Part> files) {
        HeldUploads.Held held = HeldUploads.Held.NONE;
        boolean removed = false;
        try {
            if (remove) {
                holder.drop(key);
                removed = HeldUploads.wellFormed(key);
            } else {
                held = holder.held(key);
            }
        } catch (RuntimeException e) {
            // the database is down: the form says so, and what is held stays for the next try
            LOG.warning("The report form's held files could not be read: " + SafeLog.describe(e));
        }
        int room = Math.max(0, EvidenceLimits.MAX_FILES_ON_FORM - held.files().size());
        EvidenceUploads.Result sent = EvidenceUploads.readEach(files, "files", room, evidence);
        if (!held.files().isEmpty()) {
            sent = countingHeld(sent, held.files().size(), room);
        }
        ReportUploads read = new ReportUploads(holder, key, held, EvidenceUploads.readVoice(voice, "voice", evidence), sent);
        read.removed = removed;
        return read;
    }

    /** "Too many" said with the files already held counted: "we kept 3; you can add 2 more". */
    private static EvidenceUploads.Result countingHeld(EvidenceUploads.Result sent, int heldCount, int room) {
        List<FieldError> errors = sent.errors().stream().map(e -> "error.files.tooMany".equals(e.messageKey())
                ? new FieldError(e.field(), "error.files.tooManyHeld", heldCount, room) : e).toList();
        return new EvidenceUploads.Result(sent.files(), errors, sent.anySent());
    }

    /** Whether the report has a voice note (sent now, even one refused, or held): then it needs no words. */
    boolean voiceStory() {
        return voiceSent.anySent() || held.voice() != null;
    }

    List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>(voiceSent.errors());
        errors.addAll(filesSent.errors());
        return errors;
    }

    /** The voice note to file: the one sent now, else the one held; null when none. */
    CleanedEvidence voice() {
        return voiceSent.files().isEmpty() ? held.voice() : voiceSent.files().get(0);
    }

    /** The files to file: the held ones, then the ones sent now. */
    List<CleanedEvidence> files() {
        List<CleanedEvidence> all = new ArrayList<>(held.files());
        all.addAll(filesSent.files());
        return all;
    }

    boolean anyFiles() {
        return voice() != null || !files().isEmpty();
    }

    /** The form comes back: what was cleaned now is held beside what was (a new voice note replaces the old). */
    void holdForNextSending() {
        CleanedEvidence voice = voiceSent.files().isEmpty() ? null : voiceSent.files().get(0);
        if (voice == null && filesSent.files().isEmpty()) {
            return;
        }
        try {
            key = holder.hold(key, voice, filesSent.files());
            held = new HeldUploads.Held(voice(), files());
        } catch (RuntimeException e) {
            notHeld = true;
            LOG.warning("The report form's files could not be held: " + SafeLog.describe(e));
        }
    }

    /** Filed: what was held is no longer needed (a failure here leaves it to the two-hour purge). */
    void filed() {
        try {
            holder.drop(key);
        } catch (RuntimeException e) {
            LOG.warning("The report form's held files were not dropped at once: " + SafeLog.describe(e));
        }
    }

    /**
     * What the page says of files sent now and not kept, as a message key: none held at all (the
     * database, or the bound), or the ones refused, named by their errors; null when all were kept.
     */
    String notKept() {
        if (notHeld) {
            return "report.files.lost";
        }
        return errors().isEmpty() ? null : "report.files.refused";
    }

    /** Whether the worker took back what was held on this sending. */
    boolean removed() {
        return removed;
    }

    /** The key the form carries on (null when nothing was ever held). */
    String key() {
        return HeldUploads.wellFormed(key) ? key : null;
    }

    boolean heldVoice() {
        return held.voice() != null;
    }

    int heldFiles() {
        return held.files().size();
    }
}
