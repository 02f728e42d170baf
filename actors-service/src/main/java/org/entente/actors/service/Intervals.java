package org.entente.actors.service;

import org.entente.dates.Interval;
import org.entente.dates.PartialDate;
import org.entente.subgraph.errors.ClientException;

/** The interval a write asks for: one that ends before it starts is the client's mistake, refused as BAD_USER_INPUT. */
final class Intervals {
    private Intervals() {}

    static Interval of(PartialDate since, PartialDate until) {
        try {
            return new Interval(since, until);
        } catch (IllegalArgumentException e) {
            throw ClientException.badInput(e.getMessage());
        }
    }
}
