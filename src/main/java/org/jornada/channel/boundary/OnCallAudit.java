package org.jornada.channel.boundary;

import org.jornada.channel.entity.OnCallHours;
import org.jornada.channel.entity.OnCall;

/** How the audit trail words an on-call entry: its id, account, days and hours; never its address or phone. */
final class OnCallAudit {

    private OnCallAudit() {
    }

    static String describe(OnCall entry) {
        OnCallHours hours = entry.hours();
        return "on-call " + entry.getId() + " for staff " + entry.getStaffAccountId() + ": " + hours.daySet() + " "
                + OnCallHours.time(hours.fromMinute()) + "-" + OnCallHours.time(hours.toMinute())
                + (entry.hasPhone() ? ", phone by " + entry.getMedium() : ", no phone") + ", " + entry.getLanguage()
                + (entry.isActive() ? ", active" : ", inactive");
    }
}
