import { beforeEach, describe, expect, it } from 'vitest';
import { chooseEditorToken, editorToken, pastedToken, setEditorToken, setSignedIn, type SignedIn } from './token';

const storage = new Map<string, string>();
Object.assign(globalThis, {
  sessionStorage: {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  },
});

const now = Date.UTC(2026, 0, 1);
const valid: SignedIn = { accessToken: 'signed.in.token', expiresAt: now + 60_000, name: 'editor' };

describe('which token goes with writes', () => {
  beforeEach(() => {
    setSignedIn(null);
    setEditorToken(null);
  });

  it('is the pasted one without a sign-in, none without either', () => {
    expect(chooseEditorToken(null, 'pasted.token.x', now)).toBe('pasted.token.x');
    expect(chooseEditorToken(null, null, now)).toBeNull();
  });

  it("is the sign-in's access token while it is valid, also over a pasted one", () => {
    expect(chooseEditorToken(valid, null, now)).toBe('signed.in.token');
    expect(chooseEditorToken(valid, 'pasted.token.x', now)).toBe('signed.in.token');
    expect(chooseEditorToken({ ...valid, expiresAt: null }, null, now)).toBe('signed.in.token');
  });

  it('is none once the sign-in has expired: never a stale token, nor a pasted one in its place', () => {
    expect(chooseEditorToken({ ...valid, expiresAt: now }, 'pasted.token.x', now)).toBeNull();
    expect(chooseEditorToken({ ...valid, expiresAt: now - 1 }, null, now)).toBeNull();
  });

  it('signing in forgets a pasted token; signing out leaves no token', () => {
    setEditorToken('Bearer pasted.token.x');
    expect(editorToken()).toBe('pasted.token.x');
    setSignedIn({ ...valid, expiresAt: Date.now() + 60_000 });
    expect(editorToken()).toBe('signed.in.token');
    expect(pastedToken()).toBeNull();
    setSignedIn(null);
    expect(editorToken()).toBeNull();
  });
});
