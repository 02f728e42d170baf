import { describe, expect, it } from 'vitest';
import { graphFromNetwork, mergeGraphs, neighbours, toElements, type NetworkAnswer } from './graph';

const actor = (id: string, name: string, kind = 'STATE') => ({ id, handle: name.toLowerCase(), name, kind });

const cstoNetwork: NetworkAnswer = {
  center: { id: '16' },
  nodes: [
    { depth: 0, actor: actor('16', 'CSTO', 'INTERNATIONAL_ORGANIZATION') },
    { depth: 1, actor: actor('2', 'Russia') },
    { depth: 1, actor: actor('3', 'Armenia') },
    { depth: 1, actor: actor('1', 'Iran') },
  ],
  edges: [
    { id: 'MEMBERSHIP:1', kind: 'MEMBERSHIP', label: 'member', fromRole: 'MEMBER', from: { id: '2' }, to: { id: '16' } },
    { id: 'MEMBERSHIP:2', kind: 'MEMBERSHIP', label: 'member', fromRole: 'MEMBER', from: { id: '3' }, to: { id: '16' } },
    { id: 'MEMBERSHIP:7', kind: 'MEMBERSHIP', label: 'invited, since 2007-05', fromRole: 'INVITED', from: { id: '1' }, to: { id: '16' } },
    { id: 'STATEMENT:3:9:1', kind: 'STATEMENT', label: 'the CSTO is an open organization', fromRole: 'Secretary General', from: { id: '9' }, to: { id: '1' } },
  ],
};

describe('graphFromNetwork', () => {
  const graph = graphFromNetwork(cstoNetwork);

  it('has a node per actor with its depth and the center marked', () => {
    expect(graph.centerId).toBe('16');
    expect(graph.nodes.map((n) => [n.name, n.depth])).toEqual([
      ['CSTO', 0],
      ['Russia', 1],
      ['Armenia', 1],
      ['Iran', 1],
    ]);
  });

  it('types the edges and captions them with the role', () => {
    expect(graph.edges.map((e) => [e.source, e.target, e.kind, e.caption])).toEqual([
      ['2', '16', 'MEMBERSHIP', 'member'],
      ['3', '16', 'MEMBERSHIP', 'member'],
      ['1', '16', 'MEMBERSHIP', 'invited'],
    ]);
  });

  it('leaves out what did not arrive: null entries and edges to unknown nodes', () => {
    const partial = graphFromNetwork({
      center: { id: '16' },
      nodes: [{ depth: 0, actor: actor('16', 'CSTO') }, null, { depth: 1, actor: null }],
      edges: [null, { id: 'E', kind: 'EVENT', label: 'x', from: { id: '16' }, to: null }],
    });
    expect(partial.nodes).toHaveLength(1);
    expect(partial.edges).toHaveLength(0);
  });
});

describe('mergeGraphs', () => {
  const base = graphFromNetwork(cstoNetwork);
  const iranNeighbourhood = graphFromNetwork({
    center: { id: '1' },
    nodes: [
      { depth: 0, actor: actor('1', 'Iran') },
      { depth: 1, actor: actor('16', 'CSTO') },
      { depth: 1, actor: actor('17', 'SCO', 'INTERNATIONAL_ORGANIZATION') },
    ],
    edges: [
      { id: 'MEMBERSHIP:7', kind: 'MEMBERSHIP', label: 'invited', fromRole: 'INVITED', from: { id: '1' }, to: { id: '16' } },
      { id: 'MEMBERSHIP:8', kind: 'MEMBERSHIP', label: 'observer', fromRole: 'OBSERVER', from: { id: '1' }, to: { id: '17' } },
    ],
  });
  const merged = mergeGraphs(base, iranNeighbourhood);

  it('adds new nodes and edges once, counting depth from the graph center', () => {
    expect(merged.nodes.map((n) => [n.name, n.depth])).toEqual([
      ['CSTO', 0],
      ['Russia', 1],
      ['Armenia', 1],
      ['Iran', 1],
      ['SCO', 2],
    ]);
    expect(merged.edges.map((e) => e.id)).toEqual(['MEMBERSHIP:1', 'MEMBERSHIP:2', 'MEMBERSHIP:7', 'MEMBERSHIP:8']);
    expect(merged.centerId).toBe('16');
  });

  it('lists neighbours with the captions of their links', () => {
    expect(neighbours(merged, '1').map((n) => `${n.node.name}: ${n.captions.join(', ')}`)).toEqual([
      'CSTO: invited',
      'SCO: observer',
    ]);
  });

  it('gives cytoscape one element per node and edge', () => {
    const elements = toElements(merged);
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(5);
    expect(elements.find((e) => e.data.id === '16')?.data.center).toBe(true);
    expect(elements.find((e) => e.data.id === 'MEMBERSHIP:8')?.data).toMatchObject({ source: '1', target: '17', kind: 'MEMBERSHIP' });
  });
});
