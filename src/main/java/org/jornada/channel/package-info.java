/**
 * The message channel (issue #27): SMS and WhatsApp conversations that file a complaint through
 * the same intake as the web form and follow it up by receipt code, without keeping the worker's
 * number unless they ask to be contacted; and the urgent-report notices to on-call staff.
 */
package org.jornada.channel;
