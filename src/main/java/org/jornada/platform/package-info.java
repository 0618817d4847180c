/**
 * Platform: configuration, the datasource and migrations, crypto, i18n, security headers, rate
 * limiting, problem details, health and demo data.
 */
package org.jornada.platform;
