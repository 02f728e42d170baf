import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import {
  Link,
  NavigationType,
  NavLink,
  Route,
  Routes,
  useLocation,
  useNavigate,
  useNavigationType,
  useSearchParams,
} from 'react-router';
import { Loading } from './components/common';
import { useEditorToken } from './api/token';
import { HomeView } from './views/HomeView';
import { SearchView } from './views/SearchView';
import { ActorView } from './views/ActorView';
import { EventView } from './views/EventView';
import { SourceView } from './views/SourceView';
import { ConnectionsView } from './views/ConnectionsView';
import { TimelineView } from './views/TimelineView';
import { ReviewView } from './views/ReviewView';
import { ChangesView } from './views/ChangesView';
import { TokenView } from './views/edit/TokenView';
import { SignInCallback } from './views/edit/SignInCallback';
import { ActorForm } from './views/edit/ActorForm';
import { MembershipForm } from './views/edit/MembershipForm';
import { EventForm } from './views/edit/EventForm';
import { StatementCreate } from './views/edit/StatementForm';

// Cytoscape is loaded only when a network is opened.
const NetworkView = lazy(() => import('./views/NetworkView'));

/** The one search box, in the header of every page; `/` focuses it from anywhere. */
function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const input = useRef<HTMLInputElement>(null);
  const onSearchPage = location.pathname === '/search';
  const [text, setText] = useState(onSearchPage ? (params.get('q') ?? '') : '');
  const urlText = onSearchPage ? (params.get('q') ?? '') : null;

  // Back and forward between searches show their text. Only they: while someone types, each
  // keystroke's navigation is a transition that can land after the next keystroke, and copying
  // that older URL back into the box would drop the characters typed since.
  const navigationType = useNavigationType();
  useEffect(() => {
    if (urlText !== null && navigationType === NavigationType.Pop) {
      setText(urlText);
    }
  }, [urlText, navigationType]);

  useEffect(() => {
    const focus = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key === '/' && !target.closest('input, textarea, select, [contenteditable]')) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', focus);
    return () => window.removeEventListener('keydown', focus);
  }, []);

  return (
    <form role="search" className="search-box" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="search" className="visually-hidden">
        Search actors, events and statements
      </label>
      <input
        id="search"
        ref={input}
        type="search"
        placeholder="Search actors, events, statements  ( / )"
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          navigate(`/search?q=${encodeURIComponent(e.target.value)}`, { replace: onSearchPage });
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            document.querySelector<HTMLElement>('[data-result]')?.focus();
          }
        }}
      />
    </form>
  );
}

export function App() {
  const token = useEditorToken();
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Entente
        </Link>
        <SearchBox />
        <nav aria-label="Views">
          <NavLink to="/connections">Connections</NavLink>
          <NavLink to="/review">Review</NavLink>
          <NavLink to="/changes">Changes</NavLink>
          <NavLink to="/new">New…</NavLink>
          <NavLink to="/editor">{token ? 'Editor ✓' : 'Editor'}</NavLink>
          <a href="/graphiql">GraphiQL</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading what="the view" />}>
          <Routes>
            <Route path="/" element={<HomeView />} />
            <Route path="/search" element={<SearchView />} />
            <Route path="/actors/:handle" element={<ActorView />} />
            <Route path="/actors/:handle/network" element={<NetworkView />} />
            <Route path="/actors/:handle/timeline" element={<TimelineView />} />
            <Route path="/actors/:handle/edit" element={<ActorForm />} />
            <Route path="/actors/:handle/memberships/new" element={<MembershipForm />} />
            <Route path="/events/:id" element={<EventView />} />
            <Route path="/events/:id/edit" element={<EventForm />} />
            <Route path="/sources/:id" element={<SourceView />} />
            <Route path="/connections" element={<ConnectionsView />} />
            <Route path="/review" element={<ReviewView />} />
            <Route path="/changes" element={<ChangesView />} />
            <Route path="/new" element={<NewMenu />} />
            <Route path="/new/actor" element={<ActorForm />} />
            <Route path="/new/event" element={<EventForm />} />
            <Route path="/new/statement" element={<StatementCreate />} />
            <Route path="/editor" element={<TokenView />} />
            <Route path="/auth/callback" element={<SignInCallback />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}

function NewMenu() {
  return (
    <article>
      <h1>Record something new</h1>
      <ul className="menu">
        <li>
          <Link to="/new/actor">An actor</Link> — a state, organization, body, person, outlet or group
        </li>
        <li>
          <Link to="/new/event">An event</Link> — with its participants and sources
        </li>
        <li>
          <Link to="/new/statement">A statement</Link> — who said what about whom
        </li>
        <li>A membership: open the member's page and choose “Add membership”.</li>
      </ul>
    </article>
  );
}

function NotFound() {
  return (
    <article>
      <h1>Nothing here</h1>
      <p>
        This address names no view of the explorer. <Link to="/">Start from the search</Link>.
      </p>
    </article>
  );
}
