/**
 * Cross-cutting boundary: datasource and migrations, readiness, security headers, problem
 * details, the one reader of request bodies ({@code ApiBodies}: JSON into records), the REST
 * application and demo data.
 */
package org.jornada.platform.boundary;
