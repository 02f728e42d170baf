import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import { partialNotices, type Notice } from '../api/errors';
import { ActorByHandle } from '../api/queries';
import { AsOfControl } from '../components/AsOfControl';
import { ActorKind, Loading, Notices } from '../components/common';
import { EDGE_STYLES, graphFromNetwork, mergeGraphs, neighbours, toElements, type Graph, type LinkKind } from '../logic/graph';
import { roleWords } from '../logic/timelineBars';

cytoscape.use(fcose);

const NetworkQuery = graphql(`
  query Network($actor: ID!, $depth: Int!, $asOf: PartialDate) {
    network(actor: $actor, depth: $depth, asOf: $asOf) {
      center {
        id
      }
      nodes {
        depth
        actor {
          id
          handle
          name
          kind
        }
      }
      edges {
        id
        kind
        label
        fromRole
        from {
          id
        }
        to {
          id
        }
      }
    }
  }
`);

/** Node colours by actor kind (dark enough for white labels' halo, distinct in the legend). */
const KIND_COLORS: Record<string, string> = {
  STATE: '#2b6cb0',
  INTERNATIONAL_ORGANIZATION: '#b7791f',
  GOVERNMENT_BODY: '#6b46c1',
  LEGISLATURE: '#805ad5',
  PERSON: '#c53030',
  MEDIA: '#2c7a7b',
  GROUP: '#4a5568',
};

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': (n: cytoscape.NodeSingular) => KIND_COLORS[n.data('kind') as string] ?? '#718096',
      width: (n: cytoscape.NodeSingular) => 30 - 6 * Math.min(n.data('depth') as number, 3),
      height: (n: cytoscape.NodeSingular) => 30 - 6 * Math.min(n.data('depth') as number, 3),
      'font-size': 11,
      color: '#1a202c',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'node[?center]', style: { 'border-width': 4, 'border-color': '#1a202c', width: 40, height: 40, 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d69e2e' } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      label: 'data(caption)',
      'font-size': 9,
      color: '#2d3748',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'min-zoomed-font-size': 9,
    },
  },
  ...(Object.entries(EDGE_STYLES) as [LinkKind, (typeof EDGE_STYLES)[LinkKind]][]).map(([kind, s]) => ({
    selector: `edge[kind = "${kind}"]`,
    style: { 'line-color': s.color, 'target-arrow-color': s.color, 'line-style': s.line },
  })),
];

const LAYOUT = {
  name: 'fcose',
  animate: false,
  quality: 'default',
  randomize: true,
  // Room for labels: at 200 actors the labels of far nodes hide until one zooms in (min-zoomed-font-size).
  nodeRepulsion: 20000,
  idealEdgeLength: 140,
  nodeSeparation: 110,
  packComponents: true,
} as cytoscape.LayoutOptions;

function clampDepth(text: string | null): number {
  const depth = Number(text ?? '1');
  return depth >= 1 && depth <= 3 ? Math.floor(depth) : 1;
}

export default function NetworkView() {
  const { handle = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const client = useClient();
  const depth = clampDepth(params.get('depth'));
  const asOf = params.get('asOf');
  const [actorResult] = useQuery({ query: ActorByHandle, variables: { handle } });
  const center = actorResult.data?.actor;
  const [result] = useQuery({
    query: NetworkQuery,
    variables: { actor: center?.id ?? '', depth, asOf },
    pause: !center,
  });
  const base = useMemo(() => (result.data ? graphFromNetwork(result.data.network) : null), [result.data]);
  const [graph, setGraph] = useState<Graph | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [expandNotices, setExpandNotices] = useState<Notice[]>([]);
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);

  useEffect(() => {
    setGraph(base);
    setSelected(null);
  }, [base]);

  useEffect(() => {
    document.title = `Network of ${center?.name ?? handle} — Entente`;
  }, [center?.name, handle]);

  // One Cytoscape instance per view; elements added on expansion keep the others in place.
  useEffect(() => {
    if (!container.current || !graph) {
      return;
    }
    if (!cy.current) {
      const instance = cytoscape({ container: container.current, style: STYLE, minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3 });
      instance.on('tap', 'node', (e) => setSelected(e.target.id() as string));
      instance.on('tap', (e) => {
        if (e.target === instance) {
          setSelected(null);
        }
      });
      instance.on('dbltap', 'node', (e) => navigate(`/actors/${e.target.data('handle') as string}`));
      cy.current = instance;
    }
    const instance = cy.current;
    const elements = toElements(graph);
    const wanted = new Set(elements.map((e) => e.data.id as string));
    instance.elements().filter((e) => !wanted.has(e.id())).remove();
    const added = instance.add(elements.filter((e) => instance.getElementById(e.data.id as string).empty()));
    if (added.nonempty()) {
      const fresh = instance.nodes().length === added.nodes().length;
      instance.layout({ ...LAYOUT, randomize: fresh } as cytoscape.LayoutOptions).run();
    }
  }, [graph, navigate]);

  useEffect(
    () => () => {
      cy.current?.destroy();
      cy.current = null;
    },
    [],
  );

  useEffect(() => {
    cy.current?.nodes().unselect();
    if (selected) {
      cy.current?.getElementById(selected).select();
    }
  }, [selected]);

  const expand = async (id: string) => {
    const answer = await client.query(NetworkQuery, { actor: id, depth: 1, asOf }).toPromise();
    setExpandNotices(partialNotices(answer.error, 'the expanded neighbourhood'));
    if (answer.data && graph) {
      setGraph(mergeGraphs(graph, graphFromNetwork(answer.data.network)));
    }
  };

  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) {
      next.set(key, value);
    } else {
      next.delete(key);
    }
    setParams(next);
  };

  const selectedNode = graph?.nodes.find((n) => n.id === selected) ?? null;
  const byDepth = [0, 1, 2, 3, 4, 5, 6].map((d) => graph?.nodes.filter((n) => n.depth === d) ?? []).filter((l) => l.length > 0);

  return (
    <article className="network">
      <header className="page-head">
        <h1>Network of {center ? <Link to={`/actors/${center.handle}`}>{center.name}</Link> : handle}</h1>
        <div className="controls">
          <label htmlFor="depth">Depth</label>
          <select id="depth" value={depth} onChange={(e) => update('depth', e.target.value === '1' ? null : e.target.value)}>
            <option value="1">1 link</option>
            <option value="2">2 links</option>
            <option value="3">3 links</option>
          </select>
          <AsOfControl value={asOf} onChange={(v) => update('asOf', v)} />
        </div>
      </header>
      <Notices notices={[...partialNotices(actorResult.error, 'this actor'), ...partialNotices(result.error, 'the network'), ...expandNotices]} />
      {actorResult.data && !center && <p>No actor has the handle “{handle}”.</p>}
      {(actorResult.fetching || result.fetching) && <Loading what="the network" />}
      <div className="network-body">
        <div
          ref={container}
          className="network-canvas"
          data-testid="network-canvas"
          role="img"
          aria-label={graph ? `Graph of ${graph.nodes.length} actors and ${graph.edges.length} links; the list beside it holds the same.` : 'Graph'}
        />
        <aside className="network-side" aria-label="Network details">
          {selectedNode ? (
            <section aria-labelledby="selected-node">
              <h2 id="selected-node">{selectedNode.name}</h2>
              <p>
                <ActorKind actor={selectedNode} /> · {selectedNode.depth} link{selectedNode.depth === 1 ? '' : 's'} away
              </p>
              <p className="buttons">
                <Link className="button" to={`/actors/${selectedNode.handle}`}>
                  Open
                </Link>
                <button type="button" onClick={() => void expand(selectedNode.id)}>
                  Expand
                </button>
              </p>
              <ul className="facts">
                {neighbours(graph!, selectedNode.id).map(({ node, captions }) => (
                  <li key={node.id}>
                    <button type="button" className="link-button" onClick={() => setSelected(node.id)}>
                      {node.name}
                    </button>
                    <span className="muted"> — {[...new Set(captions)].join(', ')}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : (
            <p className="muted">Select an actor (click, or from the list) to open or expand it; double-click opens it.</p>
          )}
          <section aria-labelledby="legend">
            <h2 id="legend">Legend</h2>
            <ul className="legend">
              {(Object.entries(EDGE_STYLES) as [LinkKind, (typeof EDGE_STYLES)[LinkKind]][]).map(([kind, s]) => (
                <li key={kind}>
                  <span className="swatch-line" style={{ borderTopColor: s.color, borderTopStyle: s.line }} /> {s.name}
                </li>
              ))}
              {Object.entries(KIND_COLORS).map(([kind, color]) => (
                <li key={kind}>
                  <span className="swatch-dot" style={{ background: color }} /> {roleWords(kind)}
                </li>
              ))}
            </ul>
          </section>
          {graph && (
            <details className="node-list">
              <summary>
                All {graph.nodes.length} actors and {graph.edges.length} links
              </summary>
              {byDepth.map((nodes) => (
                <div key={nodes[0]!.depth}>
                  <h3>{nodes[0]!.depth === 0 ? 'Center' : `${nodes[0]!.depth} link${nodes[0]!.depth === 1 ? '' : 's'} away`}</h3>
                  <ul>
                    {nodes.map((n) => (
                      <li key={n.id}>
                        <button type="button" className="link-button" onClick={() => setSelected(n.id)} data-node={n.handle}>
                          {n.name}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </details>
          )}
        </aside>
      </div>
    </article>
  );
}
