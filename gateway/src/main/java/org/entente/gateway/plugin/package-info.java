/**
 * What a plugin of the gateway builds on, and nothing else: {@link org.entente.gateway.plugin.LocalSubgraph}
 * (a subgraph served in process) with the {@link org.entente.gateway.plugin.SubgraphRequest}s it
 * answers, and {@link org.entente.gateway.plugin.FederatedGraph} (the whole federated graph,
 * queried in process) with its {@link org.entente.gateway.plugin.GraphQLResponse},
 * {@link org.entente.gateway.plugin.ResponseError} and {@link org.entente.gateway.plugin.OperationRefusedException},
 * and the {@link org.entente.gateway.plugin.Deadline} of the client's request that both carry.
 * The types here depend on no other package of the gateway.
 */
package org.entente.gateway.plugin;
