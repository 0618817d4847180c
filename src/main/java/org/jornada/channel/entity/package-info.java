/** The channel's stored state: conversations keyed by an HMAC of the number, seen message ids. */
package org.jornada.channel.entity;
