/**
 * Evidence uploads: type from content, metadata stripping, hashing and encrypted storage.
 */
package org.jornada.evidence;
