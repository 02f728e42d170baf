import type { User } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { signedInFrom, userManagerSettings } from './signIn';

Object.assign(globalThis, { sessionStorage: { getItem: () => null, setItem: () => {}, removeItem: () => {} } });

describe('the sign-in at the OIDC provider', () => {
  it('is the Authorization Code flow, back at /auth/callback of this origin, renewed silently, kept per tab', () => {
    const stores: Storage[] = [];
    const settings = userManagerSettings(
      { authority: 'https://keycloak.example.org/realms/entente', clientId: 'entente-explorer', scope: 'openid', name: 'k' },
      'https://entente.example.org',
      (store) => {
        stores.push(store);
        return undefined;
      },
    );
    expect(settings).toMatchObject({
      authority: 'https://keycloak.example.org/realms/entente',
      client_id: 'entente-explorer',
      scope: 'openid',
      response_type: 'code',
      redirect_uri: 'https://entente.example.org/auth/callback',
      silent_redirect_uri: 'https://entente.example.org/auth/callback',
      automaticSilentRenew: true,
    });
    expect(settings).not.toHaveProperty('client_secret');
    expect(stores).toEqual([sessionStorage, sessionStorage]);
  });

  it("keeps the user's access token, its expiry in milliseconds and a name to show", () => {
    const user = {
      access_token: 'access.token.x',
      expires_at: 1_800_000_000,
      profile: { sub: 'f3a1', preferred_username: 'ana' },
    } as unknown as User;
    expect(signedInFrom(user)).toEqual({ accessToken: 'access.token.x', expiresAt: 1_800_000_000_000, name: 'ana' });
    expect(signedInFrom({ ...user, profile: { sub: 'f3a1' } } as unknown as User)?.name).toBe('f3a1');
    expect(signedInFrom(null)).toBeNull();
  });
});
