/**
 * Complaint intake: the worker's form and receipt, the REST API, receipt codes, the follow-up page
 * and the message thread with advocates.
 */
package org.jornada.complaint;
