import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import { createClient } from './api/client';
import { App } from './App';
import { startSignIn } from './api/signIn';
import './styles.css';

// The runtime settings (is there an OIDC provider?) and this tab's sign-in, without holding up the first page.
startSignIn().catch((e: unknown) => console.warn('Sign-in unavailable', e));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={createClient()}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </Provider>
  </StrictMode>,
);
