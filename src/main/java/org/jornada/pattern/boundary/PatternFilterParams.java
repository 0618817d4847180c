package org.jornada.pattern.boundary;

import java.io.Serializable;
import org.jornada.pattern.control.PatternFilter;

/**
 * The filters of a pattern view as they arrive in the address (query parameters of a GET form,
 * strings as typed), held by the pages that show a view or what lies behind one of its numbers;
 * {@link PatternFilterReader} reads and checks them.
 */
public class PatternFilterParams implements Serializable {

    private static final long serialVersionUID = 1L;

    private String from;
    private String to;
    private String visa;
    private String group;
    private String state;
    private String crop;
    private String verifiedOnly;

    /** The filter these parameters ask for; a wrong one is refused by name. */
    public PatternFilter read(PatternFilterReader filters) {
        return read(filters, PatternFilterReader.Window.YEAR);
    }

    /** The same, starting where {@code window} says when no {@code from} is given. */
    public PatternFilter read(PatternFilterReader filters, PatternFilterReader.Window window) {
        return filters.read(from, to, visa, group, state, crop, verifiedOnly, window);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getVisa() {
        return visa;
    }

    public void setVisa(String visa) {
        this.visa = visa;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getCrop() {
        return crop;
    }

    public void setCrop(String crop) {
        this.crop = crop;
    }

    public String getVerifiedOnly() {
        return verifiedOnly;
    }

    public void setVerifiedOnly(String verifiedOnly) {
        this.verifiedOnly = verifiedOnly;
    }
}
