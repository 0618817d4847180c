/**
 * Startup: the room above the features, the one allowed to use them all. {@code ApplicationStartup}
 * runs, in order, the schema (Flyway with the features' Java migrations), the demo data on a fresh
 * embedded database ({@code DemoData}, with {@code DemoOffice}'s staff working cases through the
 * real commands), the first staff from the environment ({@code FirstStaff}), the timers, then
 * readiness. These run in production too, which is why the room is not called "demo"
 * (docs/architecture.md).
 */
package org.jornada.startup;
