import { useSyncExternalStore } from 'react';

/**
 * The editor token (a JWT with the `editor` group, e.g. from `./entente token`), kept in this
 * tab's session storage: it is gone when the tab closes. Reads need no token.
 */
const KEY = 'entente.editorToken';
const listeners = new Set<() => void>();

export function editorToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function setEditorToken(token: string | null): void {
  if (token) {
    sessionStorage.setItem(KEY, token.trim().replace(/^Bearer\s+/i, ''));
  } else {
    sessionStorage.removeItem(KEY);
  }
  listeners.forEach((l) => l());
}

export function useEditorToken(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    editorToken,
  );
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
