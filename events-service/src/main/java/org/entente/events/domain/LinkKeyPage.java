package org.entente.events.domain;

import java.util.List;

/**
 * An actor's links through events and statements as keys, and whether the actor has more events,
 * statements or statements about it than were read.
 */
public record LinkKeyPage(List<String> keys, boolean truncated) {}
