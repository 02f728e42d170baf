import { useSyncExternalStore } from 'react';
import type { User, UserManager, UserManagerSettings } from 'oidc-client-ts';
import { loadConfig, type ExplorerConfig, type OidcSettings } from './config';
import { currentSignIn, setSignedIn, type SignedIn } from './token';

/**
 * Editors' sign-in at the OIDC provider the gateway names (`/explorer/config.json`), through
 * oidc-client-ts: Authorization Code with PKCE, back at `/auth/callback`; the tokens kept in this
 * tab's session storage, renewed silently before they expire (a refresh token where the provider
 * gives one, else a hidden frame at the callback address). Without a provider: nothing happens.
 */
export const CALLBACK_PATH = '/auth/callback';

let config: ExplorerConfig | null = null;
const listeners = new Set<() => void>();
let started: Promise<UserManager | null> | null = null;

/** oidc-client-ts is loaded only where a provider is configured: not part of the first load. */
export function userManagerSettings(
  oidc: OidcSettings,
  origin: string,
  stateStore: (store: Storage) => UserManagerSettings['userStore'],
): UserManagerSettings {
  return {
    authority: oidc.authority,
    client_id: oidc.clientId,
    scope: oidc.scope,
    response_type: 'code',
    redirect_uri: new URL(CALLBACK_PATH, origin).toString(),
    silent_redirect_uri: new URL(CALLBACK_PATH, origin).toString(),
    post_logout_redirect_uri: new URL('/editor', origin).toString(),
    automaticSilentRenew: true,
    userStore: stateStore(sessionStorage),
    stateStore: stateStore(sessionStorage),
  };
}

/** What the explorer keeps of an oidc-client-ts user. */
export function signedInFrom(user: User | null | undefined): SignedIn | null {
  if (!user || !user.access_token) {
    return null;
  }
  const profile = user.profile ?? {};
  const name =
    (typeof profile.preferred_username === 'string' && profile.preferred_username) ||
    (typeof profile.name === 'string' && profile.name) ||
    (typeof profile.sub === 'string' && profile.sub) ||
    null;
  return { accessToken: user.access_token, expiresAt: user.expires_at ? user.expires_at * 1000 : null, name };
}

/** Loads the settings and, with a provider, restores this tab's sign-in. Once; later calls share it. */
export function startSignIn(): Promise<UserManager | null> {
  if (!started) {
    started = (async () => {
      config = await loadConfig();
      listeners.forEach((l) => l());
      if (!config.oidc) {
        return null;
      }
      const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
      const manager = new UserManager(
        userManagerSettings(config.oidc, window.location.origin, (store) => new WebStorageStateStore({ store })),
      );
      manager.events.addUserLoaded((user) => setSignedIn(signedInFrom(user)));
      manager.events.addUserUnloaded(() => setSignedIn(null));
      // Expired and not renewed: kept, so that the editor page says so and offers to sign in
      // again; the token choice sends none with writes.
      manager.events.addAccessTokenExpired(() => setSignedIn(currentSignIn()));
      setSignedIn(signedInFrom(await manager.getUser()));
      return manager;
    })();
  }
  return started;
}

/** The settings, once loaded (null before). */
export function useExplorerConfig(): ExplorerConfig | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => config,
  );
}

/** Off to the provider; back at the callback, then at `returnTo`. */
export async function signIn(returnTo = '/editor'): Promise<void> {
  const m = await startSignIn();
  if (m) {
    await m.signinRedirect({ state: { returnTo } });
  }
}

/** The provider's answer at the callback address (a redirect, or a silent renewal in a hidden frame). */
export async function completeSignIn(): Promise<string | null> {
  const m = await startSignIn();
  if (!m) {
    return null;
  }
  const user = await m.signinCallback();
  if (!user) {
    return null;
  }
  setSignedIn(signedInFrom(user));
  const state = user.state as { returnTo?: unknown } | undefined;
  return typeof state?.returnTo === 'string' && state.returnTo.startsWith('/') ? state.returnTo : '/editor';
}

/** Forgets the sign-in here, and ends it at the provider when the provider offers that. */
export async function signOut(): Promise<void> {
  const m = await startSignIn();
  if (!m) {
    return;
  }
  const metadata = await m.metadataService.getMetadata().catch(() => null);
  if (metadata?.end_session_endpoint) {
    await m.signoutRedirect();
  } else {
    await m.removeUser();
  }
  setSignedIn(null);
}
