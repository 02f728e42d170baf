import { describe, expect, it } from 'vitest';
import { createPlanStore, PLAN_HEADER } from './queryPlan';

function answering(body: unknown, seen: Headers[]): typeof fetch {
  return async (_input, init) => {
    seen.push(new Headers(init?.headers));
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the query plan panel', () => {
  it('asks for the plan, keeps it, and hands GraphiQL the whole answer', async () => {
    const seen: Headers[] = [];
    const store = createPlanStore(answering({ data: { a: 1 }, extensions: { queryPlan: 'Fetch(actors) { a }' } }, seen));
    let told = 0;
    store.subscribe(() => told++);
    const response = await store.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer x' },
      body: JSON.stringify({ query: '{ a }' }),
    });
    expect(await response.json()).toEqual({ data: { a: 1 }, extensions: { queryPlan: 'Fetch(actors) { a }' } });
    await settle();
    expect(seen[0]!.get(PLAN_HEADER)).toBe('true');
    expect(seen[0]!.get('authorization')).toBe('Bearer x');
    expect(store.current()).toBe('Fetch(actors) { a }');
    expect(told).toBe(1);
  });

  it('says when the gateway sent no plan, and leaves it alone for introspection', async () => {
    const store = createPlanStore(answering({ data: {} }, []));
    await store.fetch('/graphql', { method: 'POST', body: JSON.stringify({ query: 'query IntrospectionQuery { __schema { types { name } } }' }) });
    await settle();
    expect(store.current()).toMatch(/^Run an operation/);
    await store.fetch('/graphql', { method: 'POST', body: JSON.stringify({ query: '{ a }' }) });
    await settle();
    expect(store.current()).toMatch(/sent no plan/);
  });
});
