package org.entente.gateway.runtime;

import org.entente.gateway.execution.GatewayExecutor;
import org.entente.gateway.planning.OperationPreparer;
import org.entente.gateway.supergraph.Supergraph;

/** What serves requests for one installed supergraph: its operation preparer (with its plan cache) and executor. */
public record ServedSupergraph(Supergraph supergraph, OperationPreparer preparer, GatewayExecutor executor) {}
