/** Data loading with a delayed spinner (shown only for work over 200 ms) and errors kept in words. */
import type { RefObject } from "preact";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "./api.ts";

/** Loading indicators appear only after this delay, so quick answers do not flicker. */
export const SPINNER_DELAY_MS = 200;

export interface Async<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True once the work has run for SPINNER_DELAY_MS. */
  slow: boolean;
  busy: boolean;
  run: (fn: (signal: AbortSignal) => Promise<T>) => Promise<void>;
  reset: () => void;
}

export function useAsync<T>(): Async<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);
  const ctrl = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => ctrl.current?.abort(), []);
  const run = useCallback(async (fn: (signal: AbortSignal) => Promise<T>) => {
    ctrl.current?.abort();
    const c = new AbortController();
    ctrl.current = c;
    setBusy(true);
    setError(undefined);
    const timer = setTimeout(() => setSlow(true), SPINNER_DELAY_MS);
    try {
      const r = await fn(c.signal);
      if (!c.signal.aborted) setData(r);
    } catch (e) {
      if (c.signal.aborted) return;
      setError(
        e instanceof ApiError
          ? e
          : new ApiError(0, {
              code: "SC_CLIENT_ERROR",
              message: String((e as Error).message ?? e),
            }),
      );
    } finally {
      clearTimeout(timer);
      if (!c.signal.aborted) {
        setBusy(false);
        setSlow(false);
      }
    }
  }, []);
  const reset = useCallback(() => {
    setData(undefined);
    setError(undefined);
  }, []);
  return { data, error, slow, busy, run, reset };
}

/** Loads once per change of `key`. */
export function useLoad<T>(key: string, fn: (signal: AbortSignal) => Promise<T>): Async<T> {
  const a = useAsync<T>();
  useEffect(() => {
    a.run(fn);
  }, [key]);
  return a;
}

/** Width of an element, updated on resize (charts size to their container). */
export function useWidth<E extends HTMLElement>(): [RefObject<E | null>, number] {
  const ref = useRef<E | null>(null);
  const [w, setW] = useState(800);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setW(Math.max(280, Math.floor(el.clientWidth)));
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, w];
}
