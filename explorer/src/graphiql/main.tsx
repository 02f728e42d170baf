import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { graphqlEndpoint } from '../api/endpoint';
import { createPlanStore } from './queryPlan';

const plans = createPlanStore();

function QueryPlanPanel() {
  const plan = useSyncExternalStore(plans.subscribe, plans.current);
  return (
    <div className="entente-plan">
      <div className="graphiql-doc-explorer-title">Query plan</div>
      <p>How the gateway splits the last operation over the subgraphs (Sequence, Parallel, Fetch, Flatten).</p>
      <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>{plan}</pre>
    </div>
  );
}

const queryPlanPlugin = {
  title: 'Query plan',
  icon: () => (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8">
      <rect x="9" y="2" width="6" height="5" rx="1" />
      <rect x="2" y="16" width="6" height="5" rx="1" />
      <rect x="16" y="16" width="6" height="5" rx="1" />
      <path d="M12 7v4M5 16v-3h14v3" />
    </svg>
  ),
  content: QueryPlanPanel,
};

const fetcher = createGraphiQLFetcher({ url: graphqlEndpoint(), fetch: plans.fetch });

const EXAMPLE = `# Entente's API: press ▶ (Ctrl-Enter). The docs, the history, and the query plan of
# each operation are in the sidebar; writes need an Authorization header (./entente token).
{
  actor(handle: "iran") {
    name
    memberships { role since organization { name } }
    statementsAbout(first: 3, order: NEWEST_FIRST) { totalCount edges { node { text speaker { name } } } }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} plugins={[HISTORY_PLUGIN, queryPlanPlugin]} defaultQuery={EXAMPLE} initialHeaders={'{}'} />
  </StrictMode>,
);
