/** The workbench shell: navigation, then the page for the current path. */
import { Empty } from "./components/status.tsx";
import { BacktestPage } from "./pages/backtest.tsx";
import { BargainPage } from "./pages/bargain.tsx";
import { BriefPage } from "./pages/brief.tsx";
import { CorpusPage } from "./pages/corpus.tsx";
import { DecidePage } from "./pages/decide.tsx";
import { DoctrinePage } from "./pages/doctrine.tsx";
import { DocumentPage } from "./pages/document.tsx";
import { LeaderPage } from "./pages/leader.tsx";
import { useLocation } from "./router.ts";

const NAV = [
  { href: "/corpus", label: "Corpus" },
  { href: "/leader", label: "Leader" },
  { href: "/doctrine", label: "Doctrine" },
  { href: "/decide", label: "Decide" },
  { href: "/backtest", label: "Backtest" },
  { href: "/bargain", label: "Bargaining" },
  { href: "/brief", label: "Briefing" },
];

function Page({ path }: { path: string }) {
  if (path === "/" || path === "/corpus") return <CorpusPage />;
  const doc = /^\/documents\/(.+)$/.exec(path);
  if (doc) return <DocumentPage id={decodeURIComponent(doc[1]!)} />;
  switch (path) {
    case "/leader":
      return <LeaderPage />;
    case "/doctrine":
      return <DoctrinePage />;
    case "/decide":
      return <DecidePage />;
    case "/backtest":
      return <BacktestPage />;
    case "/bargain":
      return <BargainPage />;
    case "/brief":
      return <BriefPage />;
    default:
      return (
        <section>
          <h1>Not found</h1>
          <Empty>
            There is no page at {path}. Start from the <a href="/corpus">corpus</a>.
          </Empty>
        </section>
      );
  }
}

export function App() {
  const loc = useLocation();
  const active = (href: string) =>
    loc.path === href ||
    (href === "/corpus" && (loc.path === "/" || loc.path.startsWith("/documents/")));
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header>
        <a href="/corpus" class="brand">
          Statecraft
        </a>
        <nav aria-label="Pages">
          <ul>
            {NAV.map((n) => (
              <li key={n.href}>
                <a href={n.href} aria-current={active(n.href) ? "page" : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Page path={loc.path} />
      </main>
    </>
  );
}
