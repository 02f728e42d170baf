// The explorer in a real headless Chromium against a running stack with the Iran–CSTO dataset.
//
//   ENTENTE_URL=http://localhost:8080/ ENTENTE_TOKEN=<editor JWT> node e2e/browser.mjs [up|events-down]
//
// `up` (default) checks every view; `events-down` expects events-service to be stopped and checks
// that the actor page still shows its memberships and says that statements are unavailable.
// With ENTENTE_CROSS_ORIGIN_PORT, `up` also serves the built explorer (target/dist) from
// http://127.0.0.1:<port>, another origin, pointed at the gateway, whose CORS must allow it.
// With ENTENTE_OIDC_PORT (the gateway given ENTENTE_EXPLORER_OIDC_ISSUER=http://127.0.0.1:<port>
// and ENTENTE_EXPLORER_OIDC_CLIENT_ID=entente-explorer, or ENTENTE_OIDC_CLIENT_ID), it plays the
// OIDC provider there and signs in through the editor page's button, then edits.
// Screenshots (and a failing view's screenshot) go to ENTENTE_SCREENSHOTS, by default
// explorer/target/screenshots. Ends with "N passed, M failed"; exit 1 when a check failed.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const base = new URL(process.env.ENTENTE_URL ?? 'http://localhost:8080/');
const token = process.env.ENTENTE_TOKEN ?? '';
const shots = resolve(process.env.ENTENTE_SCREENSHOTS ?? join(here, '..', 'target', 'screenshots'));
const scenario = process.argv[2] ?? 'up';
const WAIT = 20_000;
// `up` starts a run: the screenshots of an earlier one (and its failures) go.
if (scenario === 'up') {
  rmSync(shots, { recursive: true, force: true });
}
mkdirSync(shots, { recursive: true });

const url = (path) => new URL(path, base).toString();
const results = [];
const metrics = {};

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function check(page, name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`[browser] ok    ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`[browser] FAIL  ${name}: ${e.message}`);
    await page.screenshot({ path: join(shots, `FAILED-${name}.png`), fullPage: true }).catch(() => {});
  }
}

async function shot(page, name) {
  // From the top: the sticky header would otherwise cover what was scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** The memberships section of an actor page. */
const memberships = (page) => page.locator('section', { has: page.getByRole('heading', { name: 'Memberships', exact: true }) });
const eventLink = (page, title) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Events', exact: true }) }).getByRole('link', { name: title });

/** Nodes of the Cytoscape graph, read from the instance Cytoscape registers on its container. */
async function graphNodes(page) {
  return page.evaluate(() => {
    const cy = document.querySelector('[data-testid="network-canvas"]')._cyreg?.cy;
    return cy
      ? {
          nodes: cy.nodes().map((n) => ({ id: n.id(), name: n.data('label'), handle: n.data('handle') })),
          edges: cy.edges().map((e) => ({ source: e.data('source'), target: e.data('target'), kind: e.data('kind'), caption: e.data('caption') })),
        }
      : null;
  });
}

async function gql(query, variables) {
  const response = await fetch(url('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert(!body.errors, `GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Pastes the editor token on the editor page: this tab then edits. */
async function useEditorToken(page) {
  await page.goto(url('/editor'));
  await page.getByRole('textbox', { name: 'Editor token' }).fill(token);
  await page.getByRole('button', { name: 'Use this token' }).click();
  await page.getByText(/^Editing as/).waitFor({ timeout: WAIT });
}

/** A new Russian person (through the API), for a check that needs actors of its own; its id. */
async function createPerson(handle, name) {
  const created = await gql(`mutation($input: ActorInput!) { createActor(input: $input) { id } }`, {
    input: { handle, kind: 'PERSON', name, countryCode: 'RUS' },
  });
  return created.createActor.id;
}

/**
 * The review screen's row of the pair `low`-`high`, once shown. The pair of two actors created a
 * moment ago may be missing from the first answer (a background check can hold them) and appear when
 * the screen asks again by itself; if it never does, the error says what the screen and the API show.
 */
async function reviewRow(page, low, high) {
  const row = page.locator(`[data-pair="${low}-${high}"]`);
  try {
    await row.waitFor({ timeout: WAIT });
    return row;
  } catch (e) {
    const shown = await page.locator('[data-pair]').count();
    const status = await page.getByRole('status').allInnerTexts();
    const api = (
      await gql(`query($actor: ID) { duplicateCandidates(actor: $actor, minScore: 0) { pendingChecks edges { node { a { id } b { id } score } } } }`, {
        actor: low,
      })
    ).duplicateCandidates;
    throw new Error(
      `the pair ${low}-${high} is not on the review screen (${shown} pairs shown, status ${JSON.stringify(status)}); ` +
        `the API: ${JSON.stringify(api)}; ${e.message}`,
    );
  }
}

/** Waits for the review row to go (its pair decided); if it stays, the error quotes what it says. */
async function decided(row) {
  try {
    await row.waitFor({ state: 'detached', timeout: WAIT });
  } catch (e) {
    throw new Error(`the decided pair stays on the review screen: ${JSON.stringify(await row.innerText({ timeout: 1_000 }).catch(() => '(gone)'))}; ${e.message}`);
  }
}

/**
 * The built explorer from another origin, as a team hosting it elsewhere would serve it: its files,
 * index.html for the app's addresses, the endpoint meta tag naming the gateway.
 */
function serveExplorerElsewhere(port) {
  const dist = join(here, '..', 'target', 'dist');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const index = readFileSync(join(dist, 'index.html'), 'utf8').replace(
    /(name="entente-graphql-endpoint" content=")[^"]*/,
    `$1${url('/graphql')}`,
  );
  const server = createServer((request, response) => {
    const path = join(dist, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path.startsWith(dist) && extname(path) && existsSync(path)) {
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(readFileSync(path));
    } else {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(index);
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

const b64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/**
 * A tiny OIDC provider for the sign-in check, at http://127.0.0.1:PORT (the issuer the gateway
 * was given): its discovery document, /authorize that signs the editor in at once (sends the
 * browser back with a code and the state), /token that checks the PKCE verifier against the
 * challenge and answers with the editor token the test has (signed with the stack's dev key, so
 * the subgraphs accept it) as access token and an id token. oidc-client-ts does not check an id
 * token's signature (it came over the token endpoint's connection), only its claims.
 */
function fakeOidcProvider(port, clientId) {
  const issuer = `http://127.0.0.1:${port}`;
  const codes = new Map();
  const seen = { authorize: [], token: [] };
  const expiresIn = () => {
    const exp = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp;
    return exp ? Math.max(1, exp - Math.floor(Date.now() / 1000)) : 3600;
  };
  const json = (response, status, body) => {
    response.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    response.end(JSON.stringify(body));
  };
  const server = createServer((request, response) => {
    const address = new URL(request.url, issuer);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '*',
      });
      response.end();
    } else if (address.pathname === '/.well-known/openid-configuration') {
      json(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
      });
    } else if (address.pathname === '/jwks') {
      json(response, 200, { keys: [] });
    } else if (address.pathname === '/authorize') {
      const q = Object.fromEntries(address.searchParams);
      seen.authorize.push(q);
      const redirect = new URL(q.redirect_uri);
      if (q.client_id !== clientId || q.response_type !== 'code' || q.code_challenge_method !== 'S256' || !q.code_challenge) {
        redirect.searchParams.set('error', 'invalid_request');
      } else {
        const code = randomUUID();
        codes.set(code, q);
        redirect.searchParams.set('code', code);
      }
      redirect.searchParams.set('state', q.state);
      response.writeHead(302, { location: redirect.toString() });
      response.end();
    } else if (address.pathname === '/token' && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const form = Object.fromEntries(new URLSearchParams(body));
        seen.token.push(form);
        const asked = codes.get(form.code);
        codes.delete(form.code);
        const verified =
          asked &&
          form.grant_type === 'authorization_code' &&
          form.client_id === clientId &&
          form.redirect_uri === asked.redirect_uri &&
          createHash('sha256').update(form.code_verifier ?? '').digest('base64url') === asked.code_challenge;
        if (!verified) {
          json(response, 400, { error: 'invalid_grant' });
          return;
        }
        const now = Math.floor(Date.now() / 1000);
        const idToken = [
          b64url({ alg: 'RS256', typ: 'JWT' }),
          b64url({
            iss: issuer,
            aud: clientId,
            sub: 'browser-test-editor',
            preferred_username: 'browser-test-editor',
            iat: now,
            exp: now + 300,
            ...(asked.nonce ? { nonce: asked.nonce } : {}),
          }),
          b64url('not checked by the client'),
        ].join('.');
        json(response, 200, { access_token: token, token_type: 'Bearer', expires_in: expiresIn(), id_token: idToken, scope: asked.scope });
      });
    } else {
      json(response, 404, { error: 'not_found' });
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done({ server, seen, issuer })));
}

/** The explorer's own requests to the gateway: what a trusted-documents-only gateway would get. */
function recordGraphQLRequests(page) {
  const bodies = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') {
      bodies.push(request.postDataJSON());
    }
  });
  return bodies;
}

async function up(context) {
  const page = await context.newPage();
  const explorerRequests = recordGraphQLRequests(page);

  await check(page, 'search', async () => {
    await page.goto(url('/'));
    await page.getByRole('heading', { name: 'Entente explorer' }).waitFor({ timeout: WAIT });
    await page.keyboard.press('/');
    // Typed on a CPU slowed down sixfold, as on a busy laptop: each keystroke's navigation then
    // lags behind the next keystroke, and the box must still keep every character.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.keyboard.type('Kartapolow');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
    const typed = await page.getByRole('searchbox').inputValue();
    assert(typed === 'Kartapolow', `the search box keeps every typed character, got "${typed}"`);
    const result = page.getByRole('link', { name: 'Andrei Kartapolov', exact: true });
    await result.waitFor({ timeout: WAIT });
    await page.getByRole('heading', { name: /^Statements/ }).waitFor({ timeout: WAIT });
    await shot(page, 'search');
    await page.keyboard.press('ArrowDown');
    assert((await page.evaluate(() => document.activeElement?.textContent)) === 'Andrei Kartapolov', 'ArrowDown moves to the first result');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/actors/andrei-kartapolov', { timeout: WAIT });
    await page.getByRole('heading', { level: 1, name: 'Andrei Kartapolov' }).waitFor({ timeout: WAIT });
    await page.getByText('Chairman of Defense Committee of the State Duma').first().waitFor({ timeout: WAIT });
    await shot(page, 'actor-kartapolov');
  });

  await check(page, 'actor-iran', async () => {
    const started = Date.now();
    await page.goto(url('/actors/iran'));
    const invited = memberships(page).getByText('invited, since 2007-05', { exact: true });
    await invited.waitFor({ timeout: WAIT });
    metrics.actorPageMs = Date.now() - started;
    const row = memberships(page).getByRole('row').filter({ hasText: 'invited, since 2007-05' });
    await row.getByRole('link', { name: 'Collective Security Treaty Organization' }).waitFor({ timeout: WAIT });
    await row.getByRole('link', { name: 'CSTO Iran: Unpacking The Geopolitical Chessboard' }).waitFor({ timeout: WAIT });
    assert(
      (await invited.getAttribute('title')) === '2007-05-01 – 2007-05-31',
      'the partial date is shown as its interval',
    );
    await page.getByRole('heading', { name: 'Statements about Iran' }).waitFor({ timeout: WAIT });
    await page.getByText('1–10 of 14, newest first').waitFor({ timeout: WAIT });
    await shot(page, 'actor-iran');
  });

  await check(page, 'as-of-2004', async () => {
    await memberships(page).getByText('observer, since 2005', { exact: true }).waitFor({ timeout: WAIT });
    await page.getByLabel('As of').fill('2004');
    await page.getByLabel('As of').press('Enter');
    await page.waitForURL('**/actors/iran?asOf=2004', { timeout: WAIT });
    await memberships(page).getByText('observer, since 2005', { exact: true }).waitFor({ state: 'detached', timeout: WAIT });
    await memberships(page).getByText('member, dates unknown').first().waitFor({ timeout: WAIT });
    assert((await memberships(page).getByText('invited, since 2007-05').count()) === 0, 'the CSTO invitation came in 2007');
    await shot(page, 'actor-iran-as-of-2004');
    await page.goBack();
    await memberships(page).getByText('observer, since 2005', { exact: true }).waitFor({ timeout: WAIT });
  });

  await check(page, 'network-csto', async () => {
    await page.goto(url('/actors/csto/network'));
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="network-canvas"]')?._cyreg?.cy?.nodes().length ?? 0) > 0,
      null,
      { timeout: WAIT },
    );
    const graph = await graphNodes(page);
    const csto = graph.nodes.find((n) => n.handle === 'csto');
    const members = graph.edges
      .filter((e) => e.kind === 'MEMBERSHIP' && e.caption === 'member' && e.target === csto.id)
      .map((e) => graph.nodes.find((n) => n.id === e.source).name)
      .sort();
    assert(
      JSON.stringify(members) === JSON.stringify(['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']),
      `the six members are nodes linked as members, got ${members}`,
    );
    await page.waitForTimeout(300); // the layout's first frame
    await shot(page, 'network-csto');
    // Select Iran from the list, then expand it: its other organizations join the graph.
    await page.getByText(/^All \d+ actors/).click();
    await page.locator('[data-node="iran"]').click();
    await page.getByRole('heading', { level: 2, name: 'Iran' }).waitFor({ timeout: WAIT });
    const before = graph.nodes.length;
    await page.getByRole('button', { name: 'Expand' }).click();
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="network-canvas"]')._cyreg.cy.nodes().length > n,
      before,
      { timeout: WAIT },
    );
    const expanded = await graphNodes(page);
    assert(expanded.nodes.some((n) => n.handle === 'sco'), 'expanding Iran adds the SCO');
    await shot(page, 'network-csto-expanded');
  });

  await check(page, 'connections-iran-csto', async () => {
    await page.goto(url('/connections'));
    await page.getByRole('combobox', { name: 'From' }).fill('Iran');
    await page.getByRole('option', { name: /^Iran/ }).first().waitFor({ timeout: WAIT });
    await page.getByRole('combobox', { name: 'From' }).press('Enter');
    await page.getByRole('combobox', { name: 'To' }).fill('CSTO');
    await page.getByRole('option', { name: /^Collective Security Treaty Organization/ }).click({ timeout: WAIT });
    await page.waitForURL(/\/connections\?from=iran&to=csto$/, { timeout: WAIT });
    const link = page.locator('li.link').filter({ hasText: 'invited, since 2007-05' });
    await link.waitFor({ timeout: WAIT });
    await link.getByRole('link', { name: 'CSTO Iran: Unpacking The Geopolitical Chessboard' }).waitFor({ timeout: WAIT });
    await page.getByText('1 shortest path of 1 hop.').waitFor({ timeout: WAIT });
    await shot(page, 'connections-iran-csto');
  });

  await check(page, 'event', async () => {
    await page.goto(url('/actors/iran'));
    await eventLink(page, 'CSTO Secretary General invites Iran to consider membership').click();
    await page.getByRole('heading', { level: 1, name: 'CSTO Secretary General invites Iran to consider membership' }).waitFor({ timeout: WAIT });
    await page.getByRole('listitem').filter({ hasText: 'Nikolai Bordyuzha' }).filter({ hasText: 'initiator' }).first().waitFor({ timeout: WAIT });
    await page.getByText('“the CSTO is an open organization”').waitFor({ timeout: WAIT });
    await page.getByText('May 2007').first().waitFor({ timeout: WAIT });
    await shot(page, 'event');
  });

  await check(page, 'timeline', async () => {
    await page.goto(url('/actors/iran/timeline'));
    await page.getByRole('heading', { level: 2, name: '2007' }).waitFor({ timeout: WAIT });
    const all = await page.locator('li.entry').count();
    await page.getByLabel('statements about').uncheck();
    await page.waitForURL('**/timeline?hide=STATEMENT_ABOUT', { timeout: WAIT });
    const fewer = await page.locator('li.entry').count();
    assert(fewer < all, `hiding statements about leaves fewer entries (${fewer} of ${all})`);
    await page.getByLabel('From').fill('2005');
    await page.getByLabel('To', { exact: true }).fill('2006');
    await page.getByRole('button', { name: 'Apply dates' }).click();
    await page.waitForURL(/from=2005&to=2006/, { timeout: WAIT });
    await page.getByRole('heading', { level: 2, name: '2007' }).waitFor({ state: 'detached', timeout: WAIT });
    await page.getByRole('heading', { level: 2, name: '2005' }).waitFor({ timeout: WAIT });
    await page.getByRole('heading', { level: 2, name: '2006' }).waitFor({ timeout: WAIT });
    assert((await page.getByRole('heading', { level: 2, name: 'Undated' }).count()) === 0, 'a date range leaves undated entries out');
    await shot(page, 'timeline');
  });

  await check(page, 'edit-statement', async () => {
    assert(token, 'ENTENTE_TOKEN is needed to edit');
    const original = (
      await gql(`{ statements(search: "open organization", first: 1) { edges { node {
        id text stance kind key date speakerCapacity speaker { id } reportedBy { id } event { id } source { id } } } } }`)
    ).statements.edges[0].node;
    try {
      await useEditorToken(page);
      await page.goto(url('/actors/iran'));
      await eventLink(page, 'CSTO Secretary General invites Iran to consider membership').click();
      const card = page.locator(`[data-statement="${original.id}"]`);
      await card.getByRole('button', { name: 'Edit' }).click();
      const form = page.getByRole('form', { name: 'Correct the statement' });
      // The server's refusal shows next to the field it is about.
      await form.getByLabel('Text').fill('   ');
      await form.getByRole('button', { name: 'Save correction' }).click();
      await form.getByRole('alert').filter({ hasText: 'text must not be blank' }).waitFor({ timeout: WAIT });
      await shot(page, 'edit-statement-refused');
      await form.getByLabel('Text').fill('the CSTO is an open organization, as the browser test records');
      await form.getByLabel('Stance').selectOption('NEUTRAL');
      await form.getByRole('button', { name: 'Save correction' }).click();
      await page.getByText('“the CSTO is an open organization, as the browser test records”').waitFor({ timeout: WAIT });
      await page.reload();
      await page.getByText('“the CSTO is an open organization, as the browser test records”').waitFor({ timeout: WAIT });
      await page.locator(`[data-statement="${original.id}"]`).getByText('stance: neutral').waitFor({ timeout: WAIT });
      await shot(page, 'edit-statement');
    } finally {
      // Put the dataset back as loaded: other end-to-end tests read this statement. Its version
      // moved with the browser's edit: send the current one.
      const now = (await gql('{ statements(search: "open organization", first: 20) { edges { node { id version } } } }'))
        .statements.edges.map((e) => e.node)
        .find((s) => s.id === original.id);
      await gql(
        'mutation($id: ID!, $input: StatementInput!, $version: Int!) { updateStatement(id: $id, input: $input, version: $version) { id } }',
        {
          id: original.id,
          version: now.version,
          input: {
            text: original.text,
            stance: original.stance,
            kind: original.kind,
            key: original.key,
            date: original.date,
            speakerCapacity: original.speakerCapacity,
            speakerId: original.speaker?.id ?? null,
            reportedById: original.reportedBy?.id ?? null,
            eventId: original.event?.id ?? null,
            sourceId: original.source.id,
          },
        },
      );
    }
  });

  await check(page, 'edit-actor-conflict', async () => {
    assert(token, 'ENTENTE_TOKEN is needed to edit');
    const before = (await gql('{ actor(handle: "qatar") { id handle name kind countryCode aliases description wikidataId parent { id } } }')).actor;
    const other = await context.newPage();
    try {
      // Two editors open the same actor; the first one saves.
      await page.goto(url('/actors/qatar/edit'));
      await page.getByRole('heading', { name: 'Correct Qatar' }).waitFor({ timeout: WAIT });
      await other.goto(url('/editor'));
      await other.getByRole('textbox', { name: 'Editor token' }).fill(token);
      await other.getByRole('button', { name: 'Use this token' }).click();
      await other.goto(url('/actors/qatar/edit'));
      await other.getByLabel('Description').fill('Gulf state (first editor)');
      await other.getByRole('button', { name: 'Save correction' }).click();
      await other.waitForURL('**/actors/qatar', { timeout: WAIT });
      // The second one's edit is stale: refused with CONFLICT, explained, nothing lost.
      await page.getByLabel('Description').fill('Gulf state (second editor)');
      await page.getByRole('button', { name: 'Save correction' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Someone else changed this since you opened it' });
      await alert.waitFor({ timeout: WAIT });
      assert(/is at version \d+, not \d+/.test(await alert.textContent()), 'the versions are named');
      assert((await page.getByLabel('Description').inputValue()) === 'Gulf state (second editor)', 'the form keeps the edit');
      await shot(page, 'edit-actor-conflict');
      await page.getByRole('button', { name: /Load the latest version/ }).click();
      await page.waitForFunction(
        () => document.querySelector('textarea[name="description"]')?.value === 'Gulf state (first editor)',
        null,
        { timeout: WAIT },
      );
    } finally {
      await other.close();
      const now = (await gql('{ actor(handle: "qatar") { version } }')).actor;
      await gql('mutation($id: ID!, $input: ActorInput!, $version: Int!) { updateActor(id: $id, input: $input, version: $version) { id } }', {
        id: before.id,
        version: now.version,
        input: {
          handle: before.handle,
          name: before.name,
          kind: before.kind,
          countryCode: before.countryCode,
          aliases: before.aliases,
          description: before.description,
          wikidataId: before.wikidataId,
          parentId: before.parent?.id ?? null,
        },
      });
    }
  });

  const oidcPort = process.env.ENTENTE_OIDC_PORT;
  if (oidcPort) {
    const provider = await fakeOidcProvider(Number(oidcPort), process.env.ENTENTE_OIDC_CLIENT_ID ?? 'entente-explorer');
    // A tab of its own: nothing pasted in it.
    const tab = await context.newPage();
    try {
      await check(tab, 'sign-in-and-edit', async () => {
        assert(token, 'ENTENTE_TOKEN is needed: the fake provider hands it out');
        const config = await (await fetch(url('/explorer/config.json'))).json();
        assert(config.oidc?.authority === provider.issuer, `the gateway names the provider: ${JSON.stringify(config)}`);
        const before = (await gql('{ actor(handle: "pakistan") { id handle name kind countryCode aliases description wikidataId parent { id } } }')).actor;
        const requests = [];
        tab.on('request', (request) => {
          if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql' && request.postDataJSON()?.extensions?.persistedQuery) {
            requests.push({ authorization: request.headers().authorization ?? null, operation: request.postDataJSON().operationName });
          }
        });
        try {
          await tab.goto(url('/editor'));
          await tab.getByRole('button', { name: `Sign in with 127.0.0.1` }).click();
          await tab.getByText(/^Signed in as browser-test-editor/).waitFor({ timeout: WAIT });
          assert(new URL(tab.url()).pathname === '/editor', `back on the editor page: ${tab.url()}`);
          const asked = provider.seen.authorize[0];
          assert(asked?.redirect_uri === url('/auth/callback'), `redirect URI ${asked?.redirect_uri}`);
          assert(provider.seen.token.length === 1 && provider.seen.token[0].code_verifier, 'the code was exchanged once, with its PKCE verifier');
          assert((await tab.getByRole('link', { name: 'Editor ✓' }).count()) === 1, 'the header shows an editor');
          await shot(tab, 'signed-in');

          await tab.goto(url('/actors/pakistan/edit'));
          await tab.getByLabel('Description').fill('State recorded by the sign-in check');
          await tab.getByRole('button', { name: 'Save correction' }).click();
          await tab.waitForURL('**/actors/pakistan', { timeout: WAIT });
          await tab.reload();
          await tab.getByText('State recorded by the sign-in check').waitFor({ timeout: WAIT });
          const saved = (await gql('{ actor(handle: "pakistan") { description } }')).actor.description;
          assert(saved === 'State recorded by the sign-in check', `saved: ${saved}`);
          const sentWith = requests.filter((w) => w.authorization !== null);
          assert(
            sentWith.length > 0 && sentWith.every((w) => w.authorization === `Bearer ${token}`),
            `the provider's access token goes with the write: ${JSON.stringify(sentWith)}`,
          );
          assert(requests.length > sentWith.length, 'reads go without it');

          await tab.goto(url('/editor'));
          await tab.getByRole('button', { name: 'Sign out' }).click();
          await tab.getByRole('button', { name: `Sign in with 127.0.0.1` }).waitFor({ timeout: WAIT });
          assert((await tab.getByRole('link', { name: 'Editor', exact: true }).count()) === 1, 'signed out: no editor any more');
        } finally {
          const now = (await gql('{ actor(handle: "pakistan") { version } }')).actor;
          await gql('mutation($id: ID!, $input: ActorInput!, $version: Int!) { updateActor(id: $id, input: $input, version: $version) { id } }', {
            id: before.id,
            version: now.version,
            input: {
              handle: before.handle,
              name: before.name,
              kind: before.kind,
              countryCode: before.countryCode,
              aliases: before.aliases,
              description: before.description,
              wikidataId: before.wikidataId,
              parentId: before.parent?.id ?? null,
            },
          });
        }
      });
    } finally {
      await tab.close();
      provider.server.close();
    }
  }

  await check(page, 'create-actor-add-and-end-membership', async () => {
    assert(token, 'ENTENTE_TOKEN is needed to edit');
    // A group of the test's own (kept for later runs on the same database), so that no fact of
    // the dataset changes; its membership gets a year of its own on each run.
    const year = 1100 + Math.floor(Math.random() * 800);
    const source = (await gql('{ actor(handle: "iran") { memberships { sources { id } } } }')).actor.memberships[0].sources[0].id;
    await page.goto(url('/new/actor'));
    await page.getByLabel(/^Name/).fill('Explorer browser test group');
    await page.getByLabel('Handle').fill('Explorer Test');
    await page.getByLabel('Kind').selectOption('GROUP');
    await page.getByRole('button', { name: 'Create actor' }).click();
    const handleField = page.locator('.field', { has: page.getByLabel('Handle') });
    await handleField.getByRole('alert').filter({ hasText: 'lower-case letters' }).waitFor({ timeout: WAIT });
    await shot(page, 'create-actor-refused');
    await page.getByLabel('Handle').fill('explorer-browser-test');
    await page.getByRole('button', { name: 'Create actor' }).click();
    await Promise.race([
      page.waitForURL('**/actors/explorer-browser-test', { timeout: WAIT }),
      page.getByRole('alert').filter({ hasText: 'already used' }).waitFor({ timeout: WAIT }),
    ]);
    await page.goto(url('/actors/explorer-browser-test/memberships/new'));
    await page.getByRole('combobox', { name: 'Organization' }).fill('the West');
    await page.getByRole('option', { name: /^the West/ }).click({ timeout: WAIT });
    await page.getByLabel('Role').selectOption('OBSERVER');
    await page.getByLabel('Since').fill(String(year));
    await page.getByLabel('Recorded sources (ids)').fill(source);
    await page.getByRole('button', { name: 'Record membership' }).click();
    await page.waitForURL('**/actors/explorer-browser-test', { timeout: WAIT });
    await memberships(page).getByText(`observer, since ${year}`, { exact: true }).waitFor({ timeout: WAIT });
    await page.getByRole('button', { name: `End: the West, observer, since ${year}` }).click();
    await page.getByLabel('Ended in').fill(String(year + 1));
    await page.getByRole('button', { name: 'Save end' }).click();
    await memberships(page).getByText(`observer, ${year} – ${year + 1}`, { exact: true }).waitFor({ timeout: WAIT });
    await shot(page, 'membership-ended');
  });

  await check(page, 'review-duplicates', async () => {
    assert(token, 'ENTENTE_TOKEN is needed to dismiss a pair');
    // Two spellings of one new person (names of this run's own, so that no other test's search
    // meets them): the pair a reviewer should be shown.
    const word = `Qx${Math.random().toString(36).slice(2, 8)}`;
    const first = await createPerson(`review-${word.toLowerCase()}-a`, `Aleksandr ${word}ov`);
    const second = await createPerson(`review-${word.toLowerCase()}-b`, `Aleksander ${word}ov`);
    const [low, high] = [first, second].sort((x, y) => Number(x) - Number(y));
    await useEditorToken(page);
    // The first answer the screen gets says two actors are still being checked and lacks the pair,
    // as when a background check holds them: the pair must appear when the screen asks again by itself.
    const reviewReads = [];
    const graphqlAddress = (address) => address.pathname.endsWith('/graphql');
    const firstReadPending = async (route) => {
      const request = route.request();
      if (!`${request.url()} ${request.postData() ?? ''}`.includes('DuplicateReview')) {
        return route.fallback();
      }
      reviewReads.push(Date.now());
      if (reviewReads.length > 1) {
        return route.fallback();
      }
      const response = await route.fetch();
      const json = await response.json();
      const candidates = json.data.duplicateCandidates;
      candidates.pendingChecks = 2;
      candidates.edges = candidates.edges.filter((edge) => !(edge.node.a.id === low && edge.node.b.id === high));
      return route.fulfill({ response, json });
    };
    await page.route(graphqlAddress, firstReadPending);
    let row;
    try {
      await page.getByRole('link', { name: 'Review', exact: true }).click();
      await page.waitForURL('**/review', { timeout: WAIT });
      await page.getByRole('status').filter({ hasText: 'still being checked' }).waitFor({ timeout: WAIT });
      row = await reviewRow(page, low, high);
    } finally {
      await page.unroute(graphqlAddress, firstReadPending);
    }
    assert(reviewReads.length >= 2, `the screen asked again by itself: ${reviewReads.length} reads`);
    assert(reviewReads[1] - reviewReads[0] >= 1_000, `and not at once: ${reviewReads[1] - reviewReads[0]} ms later`);
    const text = await row.innerText();
    assert(text.includes(`Aleksandr ${word}ov`) && text.includes(`Aleksander ${word}ov`), `the pair names both: ${text}`);
    assert(/similar names/.test(text) && /same kind/.test(text) && /same country/.test(text), `the evidence is shown: ${text}`);
    await shot(page, 'review-duplicates');
    await row.getByRole('button', { name: /^Not the same/ }).click();
    await row.getByLabel('Why they are two').fill('browser test: two people after all');
    await row.getByRole('button', { name: 'Dismiss pair' }).click();
    await decided(row);
    const left = await gql(`query($actor: ID) { duplicateCandidates(actor: $actor, minScore: 0) { edges { node { a { id } b { id } } } } }`, {
      actor: first,
    });
    assert(
      !left.duplicateCandidates.edges.some((e) => e.node.a.id === low && e.node.b.id === high),
      'the dismissed pair is no longer a candidate',
    );
  });

  await check(page, 'review-merge', async () => {
    assert(token, 'ENTENTE_TOKEN is needed to merge');
    // Two spellings of one new person, merged from the review screen into the second: the first's
    // id then answers as the second, saying it was redirected.
    const word = `Qm${Math.random().toString(36).slice(2, 8)}`;
    const first = await createPerson(`merge-${word.toLowerCase()}-a`, `Aleksandr ${word}ov`);
    const second = await createPerson(`merge-${word.toLowerCase()}-b`, `Aleksander ${word}ov`);
    const [low, high] = [first, second].sort((x, y) => Number(x) - Number(y));
    await useEditorToken(page);
    await page.getByRole('link', { name: 'Review', exact: true }).click();
    const row = await reviewRow(page, low, high);
    await row.getByRole('button', { name: /^Merge: / }).click();
    await row.getByRole('radio', { name: new RegExp(`^Aleksander ${word}ov`) }).check();
    await row.getByLabel('Why they are one').fill('browser test: one person, two spellings');
    await shot(page, 'review-merge');
    await row.getByRole('button', { name: 'Merge actors' }).click();
    await decided(row);
    const answered = (await gql(`query($id: ID) { actor(id: $id) { id name redirectedFrom aliases } }`, { id: first })).actor;
    assert(answered.id === second && answered.redirectedFrom === first, `the merged id answers as the kept one: ${JSON.stringify(answered)}`);
    assert(answered.aliases.includes(`Aleksandr ${word}ov`), `the merged name became an alias: ${answered.aliases}`);
  });

  await check(page, 'changes-and-revert', async () => {
    assert(token, 'ENTENTE_TOKEN is needed to revert');
    // A person of this run, renamed with a reason: the rename is on the changes list with its
    // values before and after; reverting it there names the person as before; reverting the
    // rename again from the actor's history is refused, since the revert changed the name since.
    const word = `Qh${Math.random().toString(36).slice(2, 8)}`;
    const handle = `history-${word.toLowerCase()}`;
    const input = { handle, kind: 'PERSON', name: `Irina ${word}ova`, countryCode: 'RUS' };
    const created = (await gql(`mutation($input: ActorInput!) { createActor(input: $input) { id version } }`, { input })).createActor;
    await gql(`mutation($id: ID!, $input: ActorInput!, $version: Int!) { updateActor(id: $id, input: $input, version: $version, reason: "browser test: a misspelling") { id } }`, {
      id: created.id,
      input: { ...input, name: `Irina ${word}ovna` },
      version: created.version,
    });
    const rename = (await gql(`query($id: ID) { actor(id: $id) { history(first: 1) { edges { node { id } } } } }`, { id: created.id })).actor
      .history.edges[0].node.id;
    await useEditorToken(page);
    await page.getByRole('link', { name: 'Changes', exact: true }).click();
    await page.waitForURL('**/changes', { timeout: WAIT });
    await page.getByLabel('Record').selectOption('ACTOR');
    const row = page.locator(`[data-change="actors:${rename}"]`);
    await row.waitFor({ timeout: WAIT });
    const text = await row.innerText();
    assert(text.includes('updateActor') && text.includes('browser test: a misspelling'), `the change says what and why: ${text}`);
    assert(text.includes(`Irina ${word}ova`) && text.includes(`Irina ${word}ovna`), `the name before and after: ${text}`);
    assert(!/countryCode/.test(text), `only the changed field is listed: ${text}`);
    await shot(page, 'changes');
    await row.getByRole('button', { name: /^Revert updateActor/ }).click();
    await row.getByLabel('Why revert it').fill('browser test: the first spelling was right');
    await row.getByRole('button', { name: 'Revert change' }).click();
    await row.getByText(/^Reverted \(change \d+\)/).waitFor({ timeout: WAIT });
    const after = (await gql(`query($id: ID) { actor(id: $id) { name } }`, { id: created.id })).actor;
    assert(after.name === `Irina ${word}ova`, `the revert restored the name: ${after.name}`);

    await page.goto(url(`/actors/${handle}`));
    const history = page.locator('section', { has: page.getByRole('heading', { name: 'History', exact: true }) });
    const newest = history.locator('ol.changes > li').first();
    await newest.getByText('revertActorChange').waitFor({ timeout: WAIT });
    const again = history.locator(`[data-change="actors:${rename}"]`);
    await again.getByRole('button', { name: /^Revert updateActor/ }).click();
    await again.getByLabel('Why revert it').fill('browser test: once more');
    await again.getByRole('button', { name: 'Revert change' }).click();
    await again.getByText(/A later change of this record changed the same fields/).waitFor({ timeout: WAIT });
    const still = (await gql(`query($id: ID) { actor(id: $id) { name } }`, { id: created.id })).actor;
    assert(still.name === `Irina ${word}ova`, `a refused revert changes nothing: ${still.name}`);
    await shot(page, 'actor-history');
  });

  await check(page, 'phone-width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url('/actors/iran'));
    await memberships(page).getByText('invited, since 2007-05', { exact: true }).waitFor({ timeout: WAIT });
    await memberships(page).getByRole('link', { name: 'CSTO Iran: Unpacking The Geopolitical Chessboard' }).first().waitFor({ timeout: WAIT });
    await page.getByText(/of 14, newest first/).waitFor({ timeout: WAIT });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= 392, `no sideways scrolling at 390 px (page is ${width} px wide)`);
    await shot(page, 'actor-iran-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await check(page, 'operations-by-persisted-hash', async () => {
    assert(explorerRequests.length > 20, `the views sent ${explorerRequests.length} requests`);
    const withText = explorerRequests.filter((body) => body.query !== undefined || !body.extensions?.persistedQuery);
    assert(withText.length === 0, `sent with their text: ${withText.map((b) => b.operationName).join(', ')}`);
  });

  const crossOriginPort = process.env.ENTENTE_CROSS_ORIGIN_PORT;
  if (crossOriginPort) {
    const server = await serveExplorerElsewhere(Number(crossOriginPort));
    try {
      await check(page, 'explorer-from-another-origin', async () => {
        await page.goto(`http://127.0.0.1:${crossOriginPort}/actors/iran`);
        await memberships(page).getByText('invited, since 2007-05', { exact: true }).waitFor({ timeout: WAIT });
        await page.getByText(/of 14, newest first/).waitFor({ timeout: WAIT });
        await shot(page, 'actor-iran-cross-origin');
      });
    } finally {
      server.close();
    }
  }

  await check(page, 'graphiql', async () => {
    await page.goto(url('/graphiql'));
    await page.locator('.graphiql-container .monaco-editor').first().waitFor({ timeout: WAIT });
    await page.getByRole('button', { name: /Execute query/i }).click();
    await page.locator('.graphiql-response').filter({ hasText: '"name": "Iran"' }).waitFor({ timeout: WAIT });
    await page.getByRole('button', { name: /Query plan/i }).click();
    await page.locator('.entente-plan pre').filter({ hasText: /Fetch/ }).waitFor({ timeout: WAIT });
    await shot(page, 'graphiql');
  });

  // First render of a fresh page load, as the browser measured it.
  const fresh = await context.newPage();
  await fresh.goto(url('/actors/iran'));
  await memberships(fresh).getByText('invited, since 2007-05', { exact: true }).waitFor({ timeout: WAIT });
  metrics.firstContentfulPaintMs = await fresh.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  );
  metrics.actorPageReadyMs = await fresh.evaluate(() => performance.now());
}

async function eventsDown(context) {
  const page = await context.newPage();
  await check(page, 'events-down-actor-page', async () => {
    await page.goto(url('/actors/iran'));
    await memberships(page).getByText('invited, since 2007-05', { exact: true }).waitFor({ timeout: WAIT });
    await memberships(page).getByText('observer, since 2005', { exact: true }).waitFor({ timeout: WAIT });
    const notice = page.getByRole('status').filter({ hasText: /statements unavailable/i }).first();
    await notice.waitFor({ timeout: WAIT });
    assert(/events service/.test(await notice.textContent()), 'the notice names the service that did not answer');
    await shot(page, 'actor-iran-events-down');
  });
}

const context = await launch();
try {
  if (scenario === 'events-down') {
    await eventsDown(context);
  } else {
    await up(context);
  }
} finally {
  await context.close();
}
if (Object.keys(metrics).length > 0) {
  writeFileSync(join(shots, 'metrics.json'), JSON.stringify(metrics, null, 2) + '\n');
  console.log(`[browser] metrics ${JSON.stringify(metrics)}`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`[browser] screenshots in ${shots}`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
