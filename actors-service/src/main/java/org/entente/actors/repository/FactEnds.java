package org.entente.actors.repository;

/**
 * Who a membership or position links: its id, the member or holder ({@code side}) and the
 * organization ({@code otherSide}); no more of the fact.
 */
public record FactEnds(long factId, long side, long otherSide) {}
