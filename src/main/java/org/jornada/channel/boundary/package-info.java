/** The channel's webhooks ({@code /api/v1/channels/*}), replies through the providers, urgent notices. */
package org.jornada.channel.boundary;
