/**
 * The explorer's runtime settings, which the gateway serves at `/explorer/config.json` (from its
 * `ENTENTE_EXPLORER_OIDC_*` settings): one build serves every deployment. Today they say which
 * OIDC provider editors sign in with, if any.
 */
export interface OidcSettings {
  /** The provider's issuer URL (its discovery document is at `.well-known/openid-configuration` under it). */
  readonly authority: string;
  /** The explorer's public client id there (Authorization Code with PKCE, no secret). */
  readonly clientId: string;
  readonly scope: string;
  /** What the sign-in button calls the provider. */
  readonly name: string;
}

export interface ExplorerConfig {
  /** Null: no provider configured, editors paste a token. */
  readonly oidc: OidcSettings | null;
}

export const CONFIG_PATH = '/explorer/config.json';
export const NO_SIGN_IN: ExplorerConfig = { oidc: null };

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Reads a config document; anything that does not name both an authority and a client id means no sign-in. */
export function parseConfig(json: unknown): ExplorerConfig {
  const oidc = (json as { oidc?: unknown } | null)?.oidc as Record<string, unknown> | null | undefined;
  const authority = text(oidc?.authority);
  const clientId = text(oidc?.clientId);
  if (!oidc || !authority || !clientId) {
    return NO_SIGN_IN;
  }
  let host: string;
  try {
    host = new URL(authority).hostname;
  } catch {
    return NO_SIGN_IN;
  }
  return { oidc: { authority, clientId, scope: text(oidc.scope) ?? 'openid', name: text(oidc.name) ?? host } };
}

/**
 * Fetches the settings from the origin that served the page. A missing or unreadable document
 * (`npm run dev` without a gateway, an older gateway) means no sign-in: the pasted-token page.
 */
export async function loadConfig(
  fetch: typeof globalThis.fetch = globalThis.fetch,
  base: string = document.baseURI,
): Promise<ExplorerConfig> {
  try {
    const response = await fetch(new URL(CONFIG_PATH, base), { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      return NO_SIGN_IN;
    }
    return parseConfig(await response.json());
  } catch {
    return NO_SIGN_IN;
  }
}
