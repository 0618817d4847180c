/**
 * The channel's plain logic: provider signatures and payloads, phone numbers, GSM-7, and the
 * conversation's steps.
 */
package org.jornada.channel.control;
