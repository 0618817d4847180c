/**
 * Directory entities: employers, recruiters and agents ({@code DirectoryEntry}, of an
 * {@code EntityKind}, matched by name key, merged or pinned by staff), and the DOL records they
 * carry: OFLC certifications ({@code Certification}), WHD compliance actions
 * ({@code EnforcementAction}) and debarments ({@code Debarment}).
 */
package org.jornada.directory.entity;
