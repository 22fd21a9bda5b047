import nlp from 'compromise';

/**
 * compromise as the adapter uses it: the library itself, with two of its inner steps made cheaper
 * without changing what they return (the engine's question banks are byte-identical with and
 * without them). The rest of the adapter imports compromise from here.
 */

type Regs = Array<Record<string, unknown>>;
type ParseMatch = (pattern: unknown, options?: object, world?: unknown) => Regs;
type Document = unknown[][];
type BulkMatch = typeof sweep;
type CacheDoc = (document: Document) => Array<Set<string>>;

const one = (
  nlp as unknown as {
    methods(): { one: { parseMatch: ParseMatch; bulkMatch: BulkMatch; cacheDoc: CacheDoc } };
  }
).methods().one;

/**
 * compromise parses a match pattern afresh on every `match`/`has`/`not` call, its own inner calls
 * and compromise-dates' included: the same few hundred patterns, read again for every paragraph,
 * sentence and verb. Each is parsed once now. Every call still gets its own copy of the pattern's
 * terms, since `growLeft`/`growRight` mark the first or last one in place (nothing writes deeper).
 */
function parseEachPatternOnce(): void {
  const parse = one.parseMatch;
  const parsed = new Map<string, Regs>();
  one.parseMatch = (pattern, options, world) => {
    if (typeof pattern !== 'string') return parse(pattern, options, world);
    const key =
      options && Object.keys(options).length > 0
        ? `${JSON.stringify(options)}\u0000${pattern}`
        : pattern;
    let regs = parsed.get(key);
    if (!regs) {
      regs = parse(pattern, options, world);
      // Patterns built from an article's words must not grow this without end in a long-lived server.
      if (parsed.size >= 5000) parsed.clear();
      parsed.set(key, regs);
    }
    return regs.map((reg) => ({ ...reg }));
  };
}

interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
type Net = { hooks: Record<string, NetMatch[]>; always: NetMatch[] };
type Methods = {
  one: {
    cacheDoc: CacheDoc;
    match(docs: Document, todo: NetMatch): { ptrs: number[][] };
  };
};

/** compromise's own sweep, kept for the test that checks the one below finds the same. */
export const compromiseSweep = one.bulkMatch;

const keyOrders = new WeakMap<object, Map<string, number>>();

/**
 * A sweep: compromise runs its tagger's hundreds of corrections as one, and its chunker and every
 * compiled match the same way. Its own version (src/1-one/sweep/methods/sweep in 14.17) lists, for
 * each sentence, the corrections keyed by a word or tag the sentence has by testing every key of the
 * net against the sentence (thousands of tests a sentence), joins the lists by copying, then drops
 * repeats. This is the same sweep step for step, with the same lists in the same order, drawn from
 * the keys the sentence has instead.
 */
export function sweep(
  document: Document,
  net: Net,
  methods: Methods,
  options: { matchOne?: boolean },
) {
  let order = keyOrders.get(net.hooks);
  if (!order) {
    order = new Map(Object.keys(net.hooks).map((key, i) => [key, i]));
    keyOrders.set(net.hooks, order);
  }
  const caches = methods.one.cacheDoc(document);
  // The net's keys that any sentence here has, in the net's order (once for the whole document).
  const present = new Set<string>();
  for (const have of caches) for (const key of have) if (order.has(key)) present.add(key);
  const keys = [...present].sort((a, b) => order.get(a)! - order.get(b)!);
  const results: Array<NetMatch & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n++) {
    const have = caches[n]!;
    const seen = new Set<string>();
    const todo: NetMatch[] = [];
    for (const key of keys) {
      if (!have.has(key)) continue;
      for (const m of net.hooks[key]!) {
        if (seen.has(m.match)) continue;
        seen.add(m.match);
        if (!m.needs.every((need) => have.has(need))) continue;
        if (m.ifNo !== undefined && m.ifNo.some((no) => have.has(no))) continue;
        if (m.wants.length > 0 && m.wants.filter((w) => have.has(w)).length < m.minWant) continue;
        todo.push(m);
      }
    }
    todo.push(...net.always);
    for (const m of todo) {
      if (document[n]!.length < m.minWords) continue;
      const { ptrs } = methods.one.match([document[n]!], m);
      if (ptrs.length === 0) continue;
      for (const ptr of ptrs) {
        ptr[0] = n;
        results.push({ ...m, pointer: ptr });
      }
      if (options.matchOne === true) return [results[0]!];
    }
  }
  return results;
}

parseEachPatternOnce();
one.bulkMatch = sweep;

export default nlp;
