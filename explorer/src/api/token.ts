import { useSyncExternalStore } from 'react';

/**
 * The editor token, sent only with writes (reads need none). It is either the access token of
 * the editor's sign-in at the configured OIDC provider (`api/signIn.ts`), or a token pasted on the
 * editor page (a JWT with the `editor` role, e.g. from `./entente token`), kept in this tab's
 * session storage: gone when the tab closes.
 */
const KEY = 'entente.editorToken';
const listeners = new Set<() => void>();

/** The access token of a sign-in at the OIDC provider, as far as the explorer needs it. */
export interface SignedIn {
  readonly accessToken: string;
  /** Expiry of the access token, milliseconds since the epoch; null when the provider gave none. */
  readonly expiresAt: number | null;
  /** Who signed in, for the page to say. */
  readonly name: string | null;
}

let signedIn: SignedIn | null = null;

function changed(): void {
  listeners.forEach((l) => l());
}

/**
 * Which token goes with a write. A sign-in wins: signing in forgets a pasted token, and while
 * signed in its access token is the editor's identity; once it has expired (and was not renewed)
 * none is sent rather than someone else's pasted one, and the editor page offers to sign in again.
 * Without a sign-in, the pasted token.
 */
export function chooseEditorToken(signIn: SignedIn | null, pasted: string | null, now: number): string | null {
  if (signIn) {
    return signIn.expiresAt !== null && signIn.expiresAt <= now ? null : signIn.accessToken;
  }
  return pasted;
}

export function pastedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function editorToken(): string | null {
  return chooseEditorToken(signedIn, pastedToken(), Date.now());
}

export function setEditorToken(token: string | null): void {
  if (token) {
    sessionStorage.setItem(KEY, token.trim().replace(/^Bearer\s+/i, ''));
  } else {
    sessionStorage.removeItem(KEY);
  }
  changed();
}

/** The current sign-in at the OIDC provider (null: signed out); set by `api/signIn.ts`. */
export function setSignedIn(value: SignedIn | null): void {
  signedIn = value;
  if (value) {
    sessionStorage.removeItem(KEY);
  }
  changed();
}

export function currentSignIn(): SignedIn | null {
  return signedIn;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useEditorToken(): string | null {
  return useSyncExternalStore(subscribe, editorToken);
}

export function useSignedIn(): SignedIn | null {
  return useSyncExternalStore(subscribe, currentSignIn);
}

export interface TokenClaims {
  readonly subject: string | null;
  readonly groups: readonly string[];
  /** Expiry, milliseconds since the epoch; null when the token has none. */
  readonly expires: number | null;
}

/**
 * What a token says about itself, read without checking its signature (the services check it):
 * enough to tell the user that a pasted text is no token, or has expired. Null when unreadable.
 */
export function readClaims(token: string): TokenClaims | null {
  const payload = token.split('.')[1];
  if (!payload) {
    return null;
  }
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    return {
      subject: typeof json.sub === 'string' ? json.sub : typeof json.upn === 'string' ? json.upn : null,
      groups: Array.isArray(json.groups) ? json.groups.filter((g): g is string => typeof g === 'string') : [],
      expires: typeof json.exp === 'number' ? json.exp * 1000 : null,
    };
  } catch {
    return null;
  }
}
