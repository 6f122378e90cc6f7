/** Renders an Observable Plot figure into a container sized to the page. */
import { useEffect } from "preact/hooks";
import { useWidth } from "../hooks.ts";

export function Chart({
  make,
  label,
  deps,
}: {
  /** Builds the figure for a width in pixels. */
  make: (width: number) => SVGSVGElement | HTMLElement;
  /** Accessible name of the chart. */
  label: string;
  deps: unknown[];
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fig = make(width);
    el.replaceChildren(fig);
    return () => fig.remove();
  }, [width, ...deps]);
  return <figure class="chart" ref={ref} role="img" aria-label={label} />;
}
