package org.jornada.escalation.boundary;

import java.io.Serializable;
import java.util.HashMap;

/**
 * What each row's form on the case page holds, kept per authority or referral id. The rows share
 * one {@code h:form} (Faces remembers whether a form was submitted once for all the rows of a
 * {@code ui:repeat}, so a form per row updated the model only for the last row: a NAMED choice on
 * another row became an anonymous draft, a step on another row was lost, issue #23's walk), and
 * each row's fields go to their own entry here instead of one property all rows overwrite.
 */
public final class CaseReferralForms {

    private CaseReferralForms() {
    }

    /** A map that makes the entry for an id the first time a page asks for it. */
    abstract static class ById<T> extends HashMap<Long, T> {

        private static final long serialVersionUID = 1L;

        abstract T create();

        @Override
        public T get(Object key) {
            if (!(key instanceof Number id)) {
                return null;
            }
            return computeIfAbsent(id.longValue(), k -> create());
        }
    }

    /** The prepare form of one suggested authority. */
    public static class Prepare implements Serializable {

        private static final long serialVersionUID = 1L;

        private String identity = "ANONYMOUS";
        private boolean withEvidence;
        private String prepareNote;

        public String getIdentity() {
            return identity;
        }

        public void setIdentity(String identity) {
            this.identity = identity;
        }

        public boolean isWithEvidence() {
            return withEvidence;
        }

        public void setWithEvidence(boolean withEvidence) {
            this.withEvidence = withEvidence;
        }

        public String getPrepareNote() {
            return prepareNote;
        }

        public void setPrepareNote(String prepareNote) {
            this.prepareNote = prepareNote;
        }
    }

    /** The step form of one referral. */
    public static class Move implements Serializable {

        private static final long serialVersionUID = 1L;

        private String step;
        private String note;
        private String channel;
        private String filedOn;
        private String reference;
        private String outcome;
        private String amount;
        private boolean resolveCase;

        public String getStep() {
            return step;
        }

        public void setStep(String step) {
            this.step = step;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getChannel() {
            return channel;
        }

        public void setChannel(String channel) {
            this.channel = channel;
        }

        public String getFiledOn() {
            return filedOn;
        }

        public void setFiledOn(String filedOn) {
            this.filedOn = filedOn;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public boolean isResolveCase() {
            return resolveCase;
        }

        public void setResolveCase(boolean resolveCase) {
            this.resolveCase = resolveCase;
        }
    }

    static final class Prepares extends ById<Prepare> {

        private static final long serialVersionUID = 1L;

        @Override
        Prepare create() {
            return new Prepare();
        }
    }

    static final class Moves extends ById<Move> {

        private static final long serialVersionUID = 1L;

        @Override
        Move create() {
            return new Move();
        }
    }
}
