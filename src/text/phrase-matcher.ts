/**
 * A word-sequence trie: finds the longest listed phrase starting at a position in a sequence of
 * normalised words. Used for country names (Self/Other) here and for CAMEO actor dictionaries in
 * the event coder. Lookup cost is proportional to the match length, not to the dictionary size.
 */

interface Node<V> {
  next: Map<string, Node<V>>;
  values: V[] | null;
}

export interface PhraseMatch<V> {
  /** Number of words matched. */
  length: number;
  values: V[];
}

export class PhraseMatcher<V> {
  private readonly root: Node<V> = { next: new Map(), values: null };
  size = 0;

  /** Adds a phrase (already normalised words) with a value; duplicates keep every value. */
  add(words: readonly string[], value: V): this {
    if (words.length === 0) return this;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(w, child);
      }
      node = child;
    }
    if (node.values === null) node.values = [];
    node.values.push(value);
    this.size++;
    return this;
  }

  /** Longest phrase that starts at `start` and ends before `end`, or null. */
  longestAt(words: readonly string[], start: number, end = words.length): PhraseMatch<V> | null {
    let node: Node<V> | undefined = this.root;
    let best: PhraseMatch<V> | null = null;
    for (let i = start; i < end; i++) {
      node = node.next.get(words[i]!);
      if (!node) break;
      if (node.values) best = { length: i - start + 1, values: node.values };
    }
    return best;
  }

  /** All non-overlapping longest matches in [start, end), left to right. */
  findAll(
    words: readonly string[],
    start = 0,
    end = words.length,
  ): Array<PhraseMatch<V> & { start: number }> {
    const out: Array<PhraseMatch<V> & { start: number }> = [];
    let i = start;
    while (i < end) {
      const m = this.longestAt(words, i, end);
      if (m) {
        out.push({ ...m, start: i });
        i += m.length;
      } else i++;
    }
    return out;
  }
}
