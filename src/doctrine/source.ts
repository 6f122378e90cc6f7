/**
 * A parsed doctrine file that remembers where every value sits, so any error can point at the
 * YAML line and column of the offending field. JSON files go through the same parser (JSON is YAML).
 */
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from "yaml";

export type FieldPath = (string | number)[];

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/** `principles[2].evidence[0].quote` from a path array. */
export function formatPath(path: FieldPath): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${p}` : p;
  }
  return out;
}

export class DoctrineSource {
  readonly file: string | undefined;
  readonly text: string;
  readonly document: Document.Parsed;
  readonly lines: LineCounter;

  constructor(text: string, file?: string) {
    this.file = file;
    this.text = text;
    this.lines = new LineCounter();
    this.document = parseDocument(text, {
      lineCounter: this.lines,
      prettyErrors: true,
      uniqueKeys: true,
      keepSourceTokens: false,
    });
  }

  position(offset: number): Position {
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }

  /** The deepest node that exists along `path` (so a missing field points at its parent). */
  nodeAt(path: FieldPath): { node: Node | null; depth: number } {
    let node: unknown = this.document.contents;
    let depth = 0;
    for (const key of path) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        next = pair?.value;
      } else if (isSeq(node) && typeof key === "number") next = node.items[key];
      if (next === undefined || next === null) break;
      node = next;
      depth++;
    }
    return { node: (node as Node) ?? null, depth };
  }

  /** Where the value at `path` starts; for a missing field, where its parent starts. */
  locate(path: FieldPath): Position | undefined {
    const { node } = this.nodeAt(path);
    const range = node?.range;
    return range ? this.position(range[0]) : undefined;
  }

  /** Where the key `key` of the map at `path` is written (for unknown fields). */
  locateKey(path: FieldPath, key: string): Position | undefined {
    const { node, depth } = this.nodeAt(path);
    if (depth === path.length && isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key,
      );
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return this.position(range[0]);
    }
    return this.locate(path);
  }
}
