// The UI's entry: routes, the page frame (skip link, navigation, theme toggle) and the token form when the API asks.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { authRequired, onAuthChange } from './api';
import { TokenForm } from './components/TokenForm';
import { installLinkInterception, useLocation, type Location } from './router';
import { applyTheme, effectiveTheme, onThemeChange, setTheme, watchSystemTheme } from './theme';
import { ArticlePage } from './pages/Article';
import { EntityPage } from './pages/Entity';
import { EventsPage } from './pages/Events';
import { SearchPageView } from './pages/Search';
import { StoriesPage } from './pages/Stories';
import { StoryPage } from './pages/Story';
import './styles.css';

function route(loc: Location) {
  const article = /^\/article\/([^/]+)\/?$/.exec(loc.path);
  if (article) return <ArticlePage key={article[1]} id={decodeURIComponent(article[1])} query={loc.query} />;
  const story = /^\/story\/([^/]+)\/?$/.exec(loc.path);
  if (story) return <StoryPage key={story[1]} id={decodeURIComponent(story[1])} />;
  if (/^\/entity\/?$/.test(loc.path)) return <EntityPage query={loc.query} />;
  if (/^\/events\/?$/.test(loc.path)) return <EventsPage query={loc.query} />;
  if (/^\/stories\/?$/.test(loc.path)) return <StoriesPage />;
  if (loc.path === '/' || loc.path === '/index.html') return <SearchPageView query={loc.query} />;
  return (
    <section>
      <h1>Page not found</h1>
      <p><a href="/">Back to search</a></p>
    </section>
  );
}

function ThemeToggle() {
  const [theme, set] = useState(effectiveTheme());
  useEffect(() => onThemeChange(() => set(effectiveTheme())), []);
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" class="theme-toggle" aria-label={`Switch to ${next} theme`} title={`Switch to ${next} theme`} onClick={() => setTheme(next)}>
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}

function App() {
  const loc = useLocation();
  const [needToken, setNeedToken] = useState(authRequired());
  useEffect(() => onAuthChange(() => setNeedToken(authRequired())), []);
  // A new page (not a new ?span= on the same one): focus goes to the content, as a page load would put it at the
  // top, so keyboard and screen-reader users start there rather than on a link that is gone.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [loc.path]);
  const nav = (href: string, label: string, on: boolean) => <a href={href} aria-current={on ? 'page' : undefined}>{label}</a>;
  return (
    <>
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="site-header">
        <a class="brand" href="/">Dossier</a>
        <nav aria-label="Main">
          {nav('/', 'Search', loc.path === '/')}
          {nav('/stories', 'Stories', loc.path.startsWith('/stor'))}
          {nav('/events', 'Events', loc.path.startsWith('/events'))}
          {nav('/entity', 'Entities', loc.path.startsWith('/entity'))}
        </nav>
        <ThemeToggle />
      </header>
      <main id="main" tabIndex={-1}>
        {needToken ? <TokenForm /> : null}
        <div hidden={needToken}>{route(loc)}</div>
      </main>
    </>
  );
}

applyTheme();
watchSystemTheme();
installLinkInterception();
render(<App />, document.getElementById('app')!);
