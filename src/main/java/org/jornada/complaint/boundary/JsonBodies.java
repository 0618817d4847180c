package org.jornada.complaint.boundary;

import org.jornada.platform.control.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jornada.complaint.control.ComplaintDraft;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.JsonDepth;
import org.jornada.platform.boundary.Problems;

/**
 * Reads JSON request bodies strictly: a malformed body, an unknown field or a value of the wrong
 * type is a {@link BadRequest} that names the field, never a silent default. A body nested deeper
 * than {@link JsonDepth#MAX} is refused before it is parsed.
 */
public final class JsonBodies {

    /** Large enough for a 20,000-character narrative written entirely as JSON escapes. */
    static final int MAX_BODY_BYTES = 256 * 1024;

    private static final Set<String> COMPLAINT_FIELDS = Set.of("language", "visaType", "categories", "employerName",
            "recruiterName", "worksiteState", "startedOn", "endedOn", "narrative", "inDanger", "contact",
            "consentToContact", "recruitedIn", "wantsOrganizing");
    private static final Set<String> CONTACT_FIELDS = Set.of("channel", "value");

    /** A request body that cannot be used as sent. */
    public static class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final transient FieldError error;
        final transient List<FieldError> errors;
        final int status;

        public BadRequest(int status, FieldError error) {
            super(error.messageKey(), null, false, false);
            this.status = status;
            this.error = error;
            this.errors = List.of(error);
        }

        public BadRequest(FieldError error) {
            this(400, error);
        }

        /** Several broken fields at once, each named (400). */
        public BadRequest(List<FieldError> errors) {
            super(errors.get(0).messageKey(), null, false, false);
            this.status = 400;
            this.error = errors.get(0);
            this.errors = List.copyOf(errors);
        }

        /** The (first) field and its message. */
        public FieldError error() {
            return error;
        }

        /** Every broken field. */
        public List<FieldError> errors() {
            return errors;
        }

        /** 400 naming the field, or the body-level status (413) with its message. */
        public jakarta.ws.rs.core.Response toResponse(java.util.Locale locale) {
            return Problems.of(status, locale, problem(locale));
        }

        /** The same problem, written by a plain servlet. */
        public void write(jakarta.servlet.http.HttpServletResponse response, java.util.Locale locale)
                throws java.io.IOException {
            Problems.write(response, status, locale, problem(locale));
        }

        private jakarta.json.JsonObject problem(java.util.Locale locale) {
            return status == 400 ? Problems.fieldBody(locale, errors)
                    : Problems.body(status, locale, error.messageKey(), error.args());
        }
    }

    private JsonBodies() {
    }

    public static JsonObject read(InputStream body) throws BadRequest {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new BadRequest(new FieldError("body", JsonDepth.isTooDeep(e) ? "error.body.tooDeep"
                    : "error.body.malformed", JsonDepth.MAX));
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BadRequest(413, new FieldError("body", "error.body.tooLarge"));
        }
        if (bytes.length == 0) {
            throw new BadRequest(new FieldError("body", "error.body.empty"));
        }
        if (!JsonDepth.within(bytes, JsonDepth.MAX)) {
            // before the parser, whose recursion a deep body would take past a small thread stack
            throw new BadRequest(new FieldError("body", "error.body.tooDeep", JsonDepth.MAX));
        }
        try (JsonReader reader = Jsons.PROVIDER.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadRequest(new FieldError("body", "error.body.notObject"));
            }
            return value.asJsonObject();
        } catch (RuntimeException e) {
            // JsonException: the text is not JSON
            throw new BadRequest(new FieldError("body", "error.body.malformed"));
        }
    }

    static ComplaintDraft complaint(JsonObject json) throws BadRequest {
        rejectUnknown(json, COMPLAINT_FIELDS, "");
        ComplaintDraft draft = new ComplaintDraft();
        draft.setLanguage(json.containsKey("language") ? string(json, "language", "language") : "es");
        draft.setVisaType(string(json, "visaType", "visaType"));
        draft.setCategories(strings(json, "categories"));
        draft.setEmployerName(string(json, "employerName", "employerName"));
        draft.setRecruiterName(string(json, "recruiterName", "recruiterName"));
        draft.setWorksiteState(string(json, "worksiteState", "worksiteState"));
        draft.setRecruitedIn(string(json, "recruitedIn", "recruitedIn"));
        draft.setWantsOrganizing(bool(json, "wantsOrganizing"));
        draft.setStartedOn(string(json, "startedOn", "startedOn"));
        draft.setEndedOn(string(json, "endedOn", "endedOn"));
        draft.setNarrative(string(json, "narrative", "narrative"));
        draft.setInDanger(bool(json, "inDanger"));
        draft.setConsentToContact(bool(json, "consentToContact"));
        JsonValue contact = json.get("contact");
        if (contact != null && contact.getValueType() != JsonValue.ValueType.NULL) {
            if (contact.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadRequest(new FieldError("contact", "error.field.type.object"));
            }
            JsonObject object = contact.asJsonObject();
            rejectUnknown(object, CONTACT_FIELDS, "contact.");
            draft.setContactChannel(string(object, "channel", "contact.channel"));
            draft.setContactValue(string(object, "value", "contact.value"));
        }
        return draft;
    }

    static String requiredString(JsonObject json, String name) throws BadRequest {
        String value = string(json, name, name);
        if (value == null || value.isBlank()) {
            throw new BadRequest(new FieldError(name, "error.field.required"));
        }
        return value;
    }

    public static void rejectUnknown(JsonObject json, Set<String> known, String prefix) throws BadRequest {
        for (String key : json.keySet()) {
            if (!known.contains(key)) {
                String shown = key.length() > 60 ? key.substring(0, 60) + "…" : key;
                throw new BadRequest(new FieldError(prefix + shown, "error.field.unknown", prefix + shown));
            }
        }
    }

    private static String string(JsonObject json, String name, String field) throws BadRequest {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new BadRequest(new FieldError(field, "error.field.type.string"));
    }

    private static List<String> strings(JsonObject json, String name) throws BadRequest {
        JsonValue value = json.get(name);
        List<String> out = new ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new BadRequest(new FieldError(name, "error.field.type.array"));
        }
        if (value.asJsonArray().size() > 40) {
            throw new BadRequest(new FieldError(name, "error.categories.tooMany"));
        }
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonString string)) {
                throw new BadRequest(new FieldError(name, "error.field.type.array"));
            }
            out.add(string.getString());
        }
        return out;
    }

    private static boolean bool(JsonObject json, String name) throws BadRequest {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw new BadRequest(new FieldError(name, "error.field.type.boolean"));
    }

}
