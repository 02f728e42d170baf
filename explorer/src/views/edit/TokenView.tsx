import { useState } from 'react';
import { readClaims, setEditorToken, useEditorToken } from '../../api/token';

/**
 * Where an editor pastes a token (e.g. from `./entente token`). It stays in this tab's session
 * storage and goes only with writes. Sign-in through an OIDC provider can replace this page later.
 */
export function TokenView() {
  const token = useEditorToken();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const claims = token ? readClaims(token) : null;
  const expired = claims?.expires !== null && claims?.expires !== undefined && claims.expires < Date.now();
  return (
    <article>
      <h1>Editor</h1>
      <p>
        Reading needs nothing. To add or correct facts, paste an editor token: a JWT with the <code>editor</code> group
        (for a local stack, <code>./entente token</code> prints one). It is kept in this tab only and sent only with
        edits.
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
          setEditorToken(value);
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
    </article>
  );
}
