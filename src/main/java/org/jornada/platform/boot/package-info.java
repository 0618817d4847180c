/**
 * Platform boot: what runs before any container exists, plain Java without CDI. {@code Launcher},
 * the main class of {@code target/jornada.jar}, turns the environment ({@code PORT},
 * {@code JORNADA_CLUSTER...}) into Payara Micro options, with {@code ClusterOptions} for the data
 * grid of several nodes, and ends the log with the {@code StartupSummary}: address, data folder,
 * database and demo accounts (docs/deployment.md).
 */
package org.jornada.platform.boot;
