package org.entente.relations;

import java.util.List;

/** A relationship query's result with the limits it ran into (reported as errors next to the data). */
record Answer<T>(T data, List<RelationsException> problems) {}
