/**
 * The gateway's query plan for GraphiQL: requests carry `Entente-Query-Plan: true` and the plan
 * comes back in the answer's `extensions.queryPlan` (gateway/README.md), read here from a copy of
 * the response so that GraphiQL still gets the whole answer.
 */
export interface PlanStore {
  /** The plan of the last operation run, or a sentence saying why there is none. */
  current(): string;
  subscribe(listener: () => void): () => void;
  /** A fetch for GraphiQL's fetcher that asks for the plan and keeps it. */
  fetch: typeof fetch;
}

export const PLAN_HEADER = 'Entente-Query-Plan';

export function createPlanStore(baseFetch: typeof fetch = (...args) => fetch(...args)): PlanStore {
  let plan = 'Run an operation to see how the gateway plans it.';
  const listeners = new Set<() => void>();
  const set = (value: string) => {
    plan = value;
    listeners.forEach((l) => l());
  };
  return {
    current: () => plan,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async fetch(input, init) {
      const headers = new Headers(init?.headers);
      headers.set(PLAN_HEADER, 'true');
      const response = await baseFetch(input, { ...init, headers });
      // Introspection runs on its own; only operations typed by the user change the panel.
      const body = typeof init?.body === 'string' ? init.body : '';
      if (!body.includes('IntrospectionQuery')) {
        response
          .clone()
          .json()
          .then((json: { extensions?: { queryPlan?: unknown } }) => {
            const value = json.extensions?.queryPlan;
            set(
              typeof value === 'string'
                ? value
                : value
                  ? JSON.stringify(value, null, 2)
                  : 'The gateway sent no plan (it may be turned off there: entente.gateway.expose-query-plan).',
            );
          })
          .catch(() => set('The answer was not JSON: no plan.'));
      }
      return response;
    },
  };
}
