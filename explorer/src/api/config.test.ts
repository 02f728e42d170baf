import { describe, expect, it } from 'vitest';
import { CONFIG_PATH, loadConfig, parseConfig } from './config';

/** A fetch that answers the one request the loader makes, and records its address. */
function answering(status: number, body: string): { fetch: typeof globalThis.fetch; asked: string[] } {
  const asked: string[] = [];
  const fetch: typeof globalThis.fetch = async (url) => {
    asked.push(String(url));
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, asked };
}

describe('the explorer settings', () => {
  it('are read from the origin that served the page, and name the provider', async () => {
    const { fetch, asked } = answering(
      200,
      JSON.stringify({
        oidc: {
          authority: 'https://keycloak.example.org/realms/entente',
          clientId: 'entente-explorer',
          scope: 'openid profile',
          name: 'Keycloak',
        },
      }),
    );
    const config = await loadConfig(fetch, 'https://entente.example.org/actors/iran');
    expect(asked).toEqual([`https://entente.example.org${CONFIG_PATH}`]);
    expect(config).toEqual({
      oidc: {
        authority: 'https://keycloak.example.org/realms/entente',
        clientId: 'entente-explorer',
        scope: 'openid profile',
        name: 'Keycloak',
      },
    });
  });

  it('default the scope to openid and the name to the issuer host', () => {
    expect(parseConfig({ oidc: { authority: 'http://127.0.0.1:4567/realm', clientId: 'x' } })).toEqual({
      oidc: { authority: 'http://127.0.0.1:4567/realm', clientId: 'x', scope: 'openid', name: '127.0.0.1' },
    });
  });

  it('without a provider (the default) offer no sign-in', async () => {
    expect(await loadConfig(answering(200, '{"oidc":null}').fetch, 'http://localhost:8080/')).toEqual({ oidc: null });
  });

  it('offer no sign-in when half configured or not a URL', () => {
    expect(parseConfig({ oidc: { authority: 'https://idp.example/realms/x', clientId: ' ' } })).toEqual({ oidc: null });
    expect(parseConfig({ oidc: { clientId: 'x' } })).toEqual({ oidc: null });
    expect(parseConfig({ oidc: { authority: 'not a url', clientId: 'x' } })).toEqual({ oidc: null });
    expect(parseConfig(null)).toEqual({ oidc: null });
  });

  it('missing or unreadable (the dev server, an older gateway, no network) mean the pasted-token page', async () => {
    expect(await loadConfig(answering(404, 'Not Found').fetch, 'http://localhost:5173/')).toEqual({ oidc: null });
    expect(await loadConfig(answering(200, '<!doctype html>').fetch, 'http://localhost:5173/')).toEqual({ oidc: null });
    const failing: typeof globalThis.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await loadConfig(failing, 'http://localhost:5173/')).toEqual({ oidc: null });
  });
});
