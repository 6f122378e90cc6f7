/**
 * A small History-API router: the app's pages are real paths (`/documents/ID`), so the fragment
 * stays free for deep links to passages (`#passage-ID`).
 */
import { useEffect, useState } from "preact/hooks";

const listeners = new Set<() => void>();

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  for (const l of listeners) l();
  if (!to.includes("#")) window.scrollTo(0, 0);
}

export interface Location {
  path: string;
  query: URLSearchParams;
  hash: string;
}

function current(): Location {
  return {
    path: window.location.pathname,
    query: new URLSearchParams(window.location.search),
    hash: decodeURIComponent(window.location.hash.slice(1)),
  };
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = () => setLoc(current());
    listeners.add(update);
    window.addEventListener("popstate", update);
    window.addEventListener("hashchange", update);
    return () => {
      listeners.delete(update);
      window.removeEventListener("popstate", update);
      window.removeEventListener("hashchange", update);
    };
  }, []);
  return loc;
}

/** Same-origin link clicks go through the router (modifier keys keep the browser's behaviour). */
export function interceptLinks(): void {
  document.addEventListener("click", (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    const a = (e.target as Element | null)?.closest?.("a");
    if (!a || a.target || a.hasAttribute("download")) return;
    const href = a.getAttribute("href");
    if (!href?.startsWith("/") || href.startsWith("//") || href.startsWith("/api/")) return;
    e.preventDefault();
    navigate(href);
  });
}

export function documentHref(doc: string, passage?: string | null): string {
  return `/documents/${encodeURIComponent(doc)}${passage ? `#passage-${encodeURIComponent(passage)}` : ""}`;
}
