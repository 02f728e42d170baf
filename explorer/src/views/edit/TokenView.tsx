import { useState } from 'react';
import { readClaims, setEditorToken, useEditorToken, useSignedIn } from '../../api/token';
import { signIn, signOut, useExplorerConfig } from '../../api/signIn';

/**
 * The editor page: sign-in at the OIDC provider the gateway names, where there is one, and a
 * pasted token (e.g. from `./entente token`) in any case. Either token stays in this tab's session
 * storage and goes only with writes.
 */
export function TokenView() {
  const config = useExplorerConfig();
  const signedIn = useSignedIn();
  const token = useEditorToken();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [signInProblem, setSignInProblem] = useState<string | null>(null);
  const claims = token && !signedIn ? readClaims(token) : null;
  const expired = claims?.expires !== null && claims?.expires !== undefined && claims.expires < Date.now();
  const oidc = config?.oidc ?? null;
  const go = (action: () => Promise<void>) => () => {
    setSignInProblem(null);
    action().catch((e: unknown) =>
      setSignInProblem(`The sign-in service did not answer as expected: ${e instanceof Error ? e.message : String(e)}`),
    );
  };
  return (
    <article>
      <h1>Editor</h1>
      <p>Reading needs nothing. To add or correct facts, sign in as an editor or paste an editor token.</p>
      {oidc && (
        <section aria-labelledby="sign-in">
          <h2 id="sign-in">Sign in</h2>
          {signedIn && token && (
            <p role="status">
              Signed in as <strong>{signedIn.name ?? 'unnamed editor'}</strong> at {oidc.name}
              {signedIn.expiresAt && `, until ${new Date(signedIn.expiresAt).toLocaleString()}`}.{' '}
              <button type="button" onClick={go(signOut)}>
                Sign out
              </button>
            </p>
          )}
          {signedIn && !token && (
            <p role="status">
              Your sign-in at {oidc.name} has expired.{' '}
              <button type="button" onClick={go(() => signIn())}>
                Sign in again
              </button>{' '}
              <button type="button" onClick={go(signOut)}>
                Sign out
              </button>
            </p>
          )}
          {!signedIn && (
            <p>
              <button type="button" onClick={go(() => signIn())}>
                Sign in with {oidc.name}
              </button>
            </p>
          )}
          {signInProblem && (
            <p className="field-error" role="alert">
              {signInProblem}
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="paste">
        <h2 id="paste">{oidc ? 'Or paste a token' : 'Editor token'}</h2>
        <p>
          An editor token is a JWT with the <code>editor</code> role (for a local stack, <code>./entente token</code>{' '}
          prints one). It is kept in this tab only and sent only with edits.
        </p>
        {token && claims && (
          <p role="status">
            Editing as <strong>{claims.subject ?? 'unnamed editor'}</strong> ({claims.groups.join(', ') || 'no groups'})
            {claims.expires && (expired ? ', token expired' : `, until ${new Date(claims.expires).toLocaleString()}`)}.{' '}
            <button type="button" onClick={() => setEditorToken(null)}>
              Forget the token
            </button>
          </p>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const value = text.trim().replace(/^Bearer\s+/i, '');
            const read = readClaims(value);
            if (!read) {
              setProblem('This is not a JWT (three parts separated by dots).');
              return;
            }
            if (!read.groups.includes('editor')) {
              setProblem('This token has no editor group: the services will refuse its edits (FORBIDDEN).');
            } else {
              setProblem(null);
            }
            const use = () => setEditorToken(value);
            if (signedIn) {
              // A pasted token replaces the sign-in here (it is forgotten in this tab).
              signOut().then(use, use);
            } else {
              use();
            }
            setText('');
          }}
        >
          <div className="field">
            <label htmlFor="token">Editor token</label>
            <textarea
              id="token"
              name="token"
              rows={4}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={problem ? 'token-problem' : undefined}
              spellCheck={false}
            />
            {problem && (
              <p id="token-problem" className="field-error" role="alert">
                {problem}
              </p>
            )}
          </div>
          <button type="submit" disabled={text.trim() === ''}>
            Use this token
          </button>
        </form>
      </section>
    </article>
  );
}
