/**
 * Cross-cutting boundary: datasource and migrations, readiness, security headers, problem
 * details, the REST application and demo data.
 */
package org.jornada.platform.boundary;
