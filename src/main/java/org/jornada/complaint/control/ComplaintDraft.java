package org.jornada.complaint.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A complaint as typed, before validation: every value a string as it came from the form or the
 * JSON body, so that nothing the worker entered is lost when validation fails.
 */
public class ComplaintDraft {

    private String language = "es";
    private String visaType;
    private List<String> categories = new ArrayList<>();
    private String employerName;
    private String recruiterName;
    private String worksiteState;
    private String recruitedIn;
    private boolean wantsOrganizing;
    private String startedOn;
    private String endedOn;
    private String narrative;
    private boolean inDanger;
    private String contactChannel;
    private String contactValue;
    private boolean consentToContact;
    /** A voice note comes with the report as its story (issue #29): the written story may then be empty. */
    private boolean voiceStory;

    public boolean isVoiceStory() {
        return voiceStory;
    }

    public void setVoiceStory(boolean voiceStory) {
        this.voiceStory = voiceStory;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getVisaType() {
        return visaType;
    }

    public void setVisaType(String visaType) {
        this.visaType = visaType;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : categories;
    }

    public String getEmployerName() {
        return employerName;
    }

    public void setEmployerName(String employerName) {
        this.employerName = employerName;
    }

    public String getRecruiterName() {
        return recruiterName;
    }

    public void setRecruiterName(String recruiterName) {
        this.recruiterName = recruiterName;
    }

    public String getRecruitedIn() {
        return recruitedIn;
    }

    public void setRecruitedIn(String recruitedIn) {
        this.recruitedIn = recruitedIn;
    }

    public boolean isWantsOrganizing() {
        return wantsOrganizing;
    }

    public void setWantsOrganizing(boolean wantsOrganizing) {
        this.wantsOrganizing = wantsOrganizing;
    }

    public String getWorksiteState() {
        return worksiteState;
    }

    public void setWorksiteState(String worksiteState) {
        this.worksiteState = worksiteState;
    }

    public String getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(String startedOn) {
        this.startedOn = startedOn;
    }

    public String getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(String endedOn) {
        this.endedOn = endedOn;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public boolean isInDanger() {
        return inDanger;
    }

    public void setInDanger(boolean inDanger) {
        this.inDanger = inDanger;
    }

    public String getContactChannel() {
        return contactChannel;
    }

    public void setContactChannel(String contactChannel) {
        this.contactChannel = contactChannel;
    }

    public String getContactValue() {
        return contactValue;
    }

    public void setContactValue(String contactValue) {
        this.contactValue = contactValue;
    }

    public boolean isConsentToContact() {
        return consentToContact;
    }

    public void setConsentToContact(boolean consentToContact) {
        this.consentToContact = consentToContact;
    }
}
