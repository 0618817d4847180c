package org.jornada.complaint.entity;

/** How the worker told what happened (issue #29): in writing, or by voice (a STORY file). */
public enum StoryKind {
    TEXT, VOICE
}
