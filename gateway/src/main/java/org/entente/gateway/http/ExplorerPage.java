package org.entente.gateway.http;

/**
 * A small self-contained explorer for people (no external scripts, works offline): an editor
 * for the operation, variables and Authorization header, the result, the query plan, and the
 * API's root fields and types from introspection.
 */
final class ExplorerPage {

    private static final String EXAMPLE_MARK = "EXAMPLE_OPERATION";

    private ExplorerPage() {}

    /** The page, opening with {@code example} in the editor. */
    static String html(String example) {
        return TEMPLATE.replace(
                EXAMPLE_MARK, example.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }

    private static final String TEMPLATE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Entente GraphQL explorer</title>
            <style>
              body{font-family:system-ui,sans-serif;margin:0;display:grid;grid-template-columns:260px 1fr 1fr;height:100vh}
              aside{overflow:auto;border-right:1px solid #ddd;padding:8px;font-size:13px}
              section{display:flex;flex-direction:column;padding:8px;gap:6px;min-height:0}
              textarea,pre{flex:1;font-family:ui-monospace,monospace;font-size:13px;border:1px solid #ccc;padding:6px;margin:0;overflow:auto}
              #variables,#plan{flex:0 0 22%} button{padding:6px 14px} .type{cursor:pointer;color:#0645ad}
            </style></head>
            <body>
            <aside><h3>Schema</h3><div id="schema">loading…</div></aside>
            <section>
              <textarea id="query" spellcheck="false"># Press Run. Fields and arguments are listed on the left.
            EXAMPLE_OPERATION</textarea>
              <label>Variables (JSON)</label><textarea id="variables" spellcheck="false">{}</textarea>
              <input id="auth" placeholder="Authorization header (e.g. Bearer …) for writes">
              <div><button id="run">Run ▶</button> <label><input type="checkbox" id="withPlan"> show query plan</label></div>
            </section>
            <section><pre id="result"></pre><pre id="plan"></pre></section>
            <script>
            const $ = id => document.getElementById(id);
            async function gql(query, variables, withPlan) {
              const headers = {'Content-Type': 'application/json'};
              if ($('auth').value) headers['Authorization'] = $('auth').value;
              if (withPlan) headers['Entente-Query-Plan'] = 'true';
              const r = await fetch('graphql', {method: 'POST', headers, body: JSON.stringify({query, variables})});
              return r.json();
            }
            $('run').onclick = async () => {
              let variables;
              try { variables = JSON.parse($('variables').value || '{}'); } catch (e) { $('result').textContent = 'Variables: ' + e; return; }
              const res = await gql($('query').value, variables, $('withPlan').checked);
              $('plan').textContent = res.extensions && res.extensions.queryPlan || '';
              delete res.extensions;
              $('result').textContent = JSON.stringify(res, null, 2);
            };
            const typeRef = t => t.kind === 'NON_NULL' ? typeRef(t.ofType) + '!' : t.kind === 'LIST' ? '[' + typeRef(t.ofType) + ']' : t.name;
            gql('{ __schema { queryType { name } mutationType { name } types { name kind description fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }', {})
              .then(res => {
                const s = res.data.__schema, el = $('schema');
                el.innerHTML = '';
                s.types.filter(t => !t.name.startsWith('__') && t.fields).forEach(t => {
                  const d = document.createElement('details');
                  if (t.name === s.queryType.name || (s.mutationType && t.name === s.mutationType.name)) d.open = true;
                  d.innerHTML = '<summary class="type">' + t.name + '</summary>' +
                    t.fields.map(f => '<div>&nbsp;&nbsp;' + f.name + ': ' + typeRef(f.type) + '</div>').join('');
                  el.appendChild(d);
                });
              });
            </script>
            </body></html>
            """;
}
