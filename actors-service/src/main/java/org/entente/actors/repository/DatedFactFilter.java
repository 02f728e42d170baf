package org.entente.actors.repository;

import io.quarkus.panache.common.Parameters;
import org.entente.actors.service.PartialDate;

/**
 * The JPQL condition "in force as of a partial date": the fact's interval and the date's
 * interval share a day, open ends being unbounded. Works on entities with firstDay/lastDay.
 */
final class DatedFactFilter {
    private DatedFactFilter() {
    }

    static String condition(PartialDate asOf) {
        return asOf == null ? ""
                : " and (firstDay is null or firstDay <= :asOfEnd) and (lastDay is null or lastDay >= :asOfStart)";
    }

    static Parameters bind(Parameters parameters, PartialDate asOf) {
        return asOf == null ? parameters
                : parameters.and("asOfStart", asOf.start()).and("asOfEnd", asOf.end());
    }
}
