/** A quote with a link to the passage it comes from in the corpus. */
import { documentHref } from "../router.ts";

export interface Link {
  doc: string;
  passage: string | null;
  title?: string | null;
  date?: string | null;
}

export function Quote({
  quote,
  link,
  about,
}: {
  quote: string;
  link?: Link | null;
  about?: string;
}) {
  return (
    <blockquote class="quote">
      <p>“{quote}”</p>
      <footer>
        {about && <span class="about">{about} · </span>}
        {link ? (
          <a href={documentHref(link.doc, link.passage)} class="cite">
            {link.title ?? link.doc}
            {link.date ? `, ${link.date}` : ""}
          </a>
        ) : (
          <span class="muted">source not in the corpus</span>
        )}
      </footer>
    </blockquote>
  );
}
