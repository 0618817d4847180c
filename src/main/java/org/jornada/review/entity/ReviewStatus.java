package org.jornada.review.entity;

/** Where a review stands: counted, waiting for a moderator, held (a burst), or refused. */
public enum ReviewStatus { PUBLISHED, PENDING, HELD, REJECTED }
