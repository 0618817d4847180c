/**
 * The message channel (issue #27): SMS and WhatsApp conversations that file a complaint through
 * the same intake as the web form and follow it up by receipt code, without keeping the worker's
 * number unless they ask to be contacted; the phone line (issue #29), reporting and following up by
 * keypad and voice, never reading the caller's number; and the urgent-report notices to on-call staff.
 */
package org.jornada.channel;
