import { Link } from 'react-router';

/** The start page: what the explorer shows and where to begin. */
export function HomeView() {
  return (
    <article className="home">
      <h1>Entente explorer</h1>
      <p>
        Who belongs to which alliance, since when and in what role; who holds which office; what happened; who said
        what about whom — every fact with its source. Type in the search box above (press <kbd>/</kbd> to get there,{' '}
        <kbd>↓</kbd> to move into the results).
      </p>
      <h2>Start here</h2>
      <ul className="menu">
        <li>
          <Link to="/actors/iran">Iran</Link>: memberships on a timeline, statements about it, and the world as of any
          date
        </li>
        <li>
          <Link to="/actors/csto/network">The CSTO's network</Link>: members, offices, shared events and statements as
          a graph
        </li>
        <li>
          <Link to="/connections?from=iran&to=csto">How Iran and the CSTO are connected</Link>, hop by hop with sources
        </li>
        <li>
          <Link to="/actors/iran/timeline">Iran's timeline</Link>, filtered by kind and dates
        </li>
      </ul>
      <p className="muted">
        Reading needs no account. To correct or add facts, paste an editor token on the <Link to="/editor">Editor</Link>{' '}
        page.
      </p>
    </article>
  );
}
