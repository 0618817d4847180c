package org.jornada.directory.entity;

/** What a directory entry is: an employer, a foreign labour recruiter, or an agent/attorney. */
public enum EntityKind { EMPLOYER, RECRUITER, AGENT }
