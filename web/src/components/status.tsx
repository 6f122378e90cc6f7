/** Loading, error and empty states, written in words. */
import type { ComponentChildren } from "preact";
import type { ApiError } from "../api.ts";

export function Loading({ show, what = "Working" }: { show: boolean; what?: string }) {
  if (!show) return null;
  return (
    <p class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" /> {what}…
    </p>
  );
}

export function ErrorBox({ error }: { error: ApiError | undefined }) {
  if (!error) return null;
  return (
    <div class="error" role="alert">
      <p>
        <strong>{error.message}</strong>
      </p>
      {error.hint && <p>{error.hint}</p>}
      <p class="code">
        {error.code}
        {error.field ? ` (${error.field})` : ""}
      </p>
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}
