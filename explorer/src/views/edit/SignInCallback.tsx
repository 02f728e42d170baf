import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { completeSignIn } from '../../api/signIn';

/**
 * Where the OIDC provider sends the editor back (`/auth/callback?code=…&state=…`): the code is
 * exchanged for tokens (oidc-client-ts checks the state and the PKCE verifier), then on to the page
 * the sign-in started from. In a hidden frame (a silent renewal) the library hands the answer to
 * the page.
 */
export function SignInCallback() {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const once = useRef(false);
  useEffect(() => {
    // The code can be exchanged once only (StrictMode runs effects twice in development).
    if (once.current) {
      return;
    }
    once.current = true;
    completeSignIn().then(
      (returnTo) => {
        if (returnTo) {
          navigate(returnTo, { replace: true });
        }
      },
      (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)),
    );
  }, [navigate]);
  return (
    <article>
      <h1>Signing in…</h1>
      {problem && (
        <p className="field-error" role="alert">
          The sign-in did not complete: {problem}. <Link to="/editor">Back to the editor page</Link>
        </p>
      )}
    </article>
  );
}
