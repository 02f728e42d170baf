/** Networks from the API as a graph to draw: nodes and typed edges, merged when a node is expanded. */

export type LinkKind = 'MEMBERSHIP' | 'POSITION' | 'PARENT' | 'EVENT' | 'STATEMENT';

export interface NetworkAnswer {
  readonly center: { readonly id: string } | null;
  readonly nodes: readonly ({
    readonly depth: number;
    readonly actor: { readonly id: string; readonly handle: string; readonly name: string; readonly kind: string } | null;
  } | null)[];
  readonly edges: readonly ({
    readonly id: string;
    readonly kind: LinkKind;
    readonly label: string;
    readonly fromRole?: string | null;
    readonly from: { readonly id: string } | null;
    readonly to: { readonly id: string } | null;
  } | null)[];
}

export interface GraphNode {
  readonly id: string;
  readonly handle: string;
  readonly name: string;
  readonly kind: string;
  /** Fewest links from the actor the graph was opened on (0 for it). */
  readonly depth: number;
}

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: LinkKind;
  /** The short caption drawn on the edge: the role or title, else the kind. */
  readonly caption: string;
  /** The API's full caption, for the side panel and tooltips. */
  readonly label: string;
}

export interface Graph {
  readonly centerId: string | null;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** Colours of the edge kinds, also the legend; each has a line style too, for readers who cannot tell colours apart. */
export const EDGE_STYLES: Record<LinkKind, { readonly color: string; readonly line: 'solid' | 'dashed' | 'dotted'; readonly name: string }> = {
  MEMBERSHIP: { color: '#1f5fbf', line: 'solid', name: 'membership (role)' },
  POSITION: { color: '#a3360f', line: 'solid', name: 'office' },
  PARENT: { color: '#4d4d4d', line: 'dotted', name: 'part of' },
  EVENT: { color: '#17733a', line: 'dashed', name: 'shared event' },
  STATEMENT: { color: '#7a2b8c', line: 'dashed', name: 'statement about' },
};

function caption(kind: LinkKind, fromRole: string | null | undefined): string {
  if ((kind === 'MEMBERSHIP' || kind === 'POSITION') && fromRole) {
    return /^[A-Z_]+$/.test(fromRole) ? fromRole.toLowerCase().replaceAll('_', ' ') : fromRole;
  }
  return { MEMBERSHIP: 'member', POSITION: 'office', PARENT: 'part of', EVENT: 'event', STATEMENT: 'statement' }[kind];
}

/**
 * The graph of one `network` answer. Entries the API could not resolve (null, when a subgraph
 * failed) are left out, and so is any edge whose ends are not both nodes.
 */
export function graphFromNetwork(network: NetworkAnswer): Graph {
  const nodes: GraphNode[] = [];
  for (const node of network.nodes) {
    if (node?.actor) {
      nodes.push({ ...pick(node.actor), depth: node.depth });
    }
  }
  const ids = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = [];
  for (const edge of network.edges) {
    if (edge?.from && edge.to && ids.has(edge.from.id) && ids.has(edge.to.id)) {
      edges.push({
        id: edge.id,
        source: edge.from.id,
        target: edge.to.id,
        kind: edge.kind,
        caption: caption(edge.kind, edge.fromRole),
        label: edge.label,
      });
    }
  }
  return { centerId: network.center?.id ?? null, nodes, edges };
}

function pick(actor: { id: string; handle: string; name: string; kind: string }) {
  return { id: actor.id, handle: actor.handle, name: actor.name, kind: actor.kind };
}

/**
 * `base` with an expanded node's neighbourhood added: new nodes and edges join, known ones keep
 * their depth in `base` (the distance from the graph's own center), new nodes count from the
 * expanded node.
 */
export function mergeGraphs(base: Graph, expansion: Graph): Graph {
  const known = new Map(base.nodes.map((n) => [n.id, n]));
  const from = expansion.centerId ? known.get(expansion.centerId) : undefined;
  const offset = from ? from.depth : 0;
  const nodes = [...base.nodes];
  for (const node of expansion.nodes) {
    if (!known.has(node.id)) {
      nodes.push({ ...node, depth: node.depth + offset });
    }
  }
  const edgeIds = new Set(base.edges.map((e) => e.id));
  const edges = [...base.edges, ...expansion.edges.filter((e) => !edgeIds.has(e.id))];
  return { centerId: base.centerId, nodes, edges };
}

/** The actors linked to `id`, each with the captions of the links between them. */
export function neighbours(graph: Graph, id: string): { node: GraphNode; captions: string[] }[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const found = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
    if (other !== null) {
      found.set(other, [...(found.get(other) ?? []), edge.caption]);
    }
  }
  return [...found.entries()]
    .map(([other, captions]) => ({ node: byId.get(other)!, captions }))
    .filter((n) => n.node !== undefined)
    .sort((a, b) => a.node.name.localeCompare(b.node.name));
}

/** Cytoscape's elements for a graph; styles read `kind`, `depth` and `caption` from the data. */
export function toElements(graph: Graph): { group: 'nodes' | 'edges'; data: Record<string, unknown> }[] {
  return [
    ...graph.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.name, handle: n.handle, kind: n.kind, depth: n.depth, center: n.id === graph.centerId },
    })),
    ...graph.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.source, target: e.target, kind: e.kind, caption: e.caption, label: e.label },
    })),
  ];
}
