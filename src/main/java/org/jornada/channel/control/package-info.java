/**
 * The channel's plain logic: provider signatures and payloads, phone numbers, GSM-7, and the
 * conversation's steps; the phone line's call flow and its TwiML.
 */
package org.jornada.channel.control;
