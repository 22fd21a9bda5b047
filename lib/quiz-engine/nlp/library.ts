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
  regs: Regs;
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

/** What compromise keeps on a term that its matcher reads to test one plain token. */
interface MatchTerm {
  text: string;
  normal: string;
  machine?: string | null;
  alias?: string[];
  root?: string;
  implicit?: string;
  tags: Set<string>;
}

/** A token of a match pattern that matches one term by word, tag or word list ("said", "#Noun", "(a|an)"). */
interface PlainReg {
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  pos?: string;
  start?: boolean;
}

const PLAIN_KEYS = new Set([
  'word',
  'tag',
  'fastOr',
  'operator',
  'pos',
  'group',
  'groupStart',
  'groupEnd',
  'start',
  // "$": the matcher tests the term as ever, then also its place; the test alone is enough to rule out.
  'end',
]);

/** The token when compromise's matcher tests it on one term and fails the match there if it does not fit. */
function plainReg(reg: Record<string, unknown> | undefined): PlainReg | undefined {
  if (!reg) return undefined;
  for (const [key, value] of Object.entries(reg))
    if (value !== undefined && value !== false && !PLAIN_KEYS.has(key) && key !== 'greedy')
      return undefined;
  if (reg.operator !== undefined && reg.fastOr === undefined) return undefined;
  if (reg.word === undefined && reg.tag === undefined && reg.fastOr === undefined) return undefined;
  return reg as PlainReg;
}

const BLOCK_KEYS = new Set([
  'choices',
  'operator',
  'greedy',
  'group',
  'groupStart',
  'groupEnd',
  'start',
]);

/**
 * A token as the plain tokens one of which its first term must fit ("(a|the|#Possessive)" is three),
 * and whether it then takes exactly that term: a plain token, or an "or" block whose every choice
 * opens with one.
 */
interface Opener {
  any: PlainReg[];
  single: boolean;
  start: boolean;
}

function openerOf(reg: Record<string, unknown> | undefined): Opener | undefined {
  if (!reg) return undefined;
  if (reg.choices === undefined) {
    const plain = plainReg(reg);
    return plain && { any: [plain], single: reg.greedy !== true, start: reg.start === true };
  }
  for (const [key, value] of Object.entries(reg))
    if (value !== undefined && value !== false && !BLOCK_KEYS.has(key)) return undefined;
  if (reg.operator !== 'or' || !Array.isArray(reg.choices)) return undefined;
  const any: PlainReg[] = [];
  let single = reg.greedy !== true;
  for (const choice of reg.choices as unknown[]) {
    if (!Array.isArray(choice) || choice.length === 0) return undefined;
    const plain = plainReg(choice[0] as Record<string, unknown>);
    if (!plain) return undefined;
    any.push(plain);
    if (choice.length > 1 || (choice[0] as { greedy?: boolean }).greedy === true) single = false;
  }
  return { any, single, start: reg.start === true };
}

/** compromise's own test of one term against a plain token (doesMatch in src/1-one/match in 14.17). */
function fits(term: MatchTerm, reg: PlainReg): boolean {
  if (reg.word !== undefined)
    return (
      (term.machine != null && term.machine === reg.word) ||
      (term.alias?.some((word) => word === reg.word) ?? false) ||
      reg.word === term.text ||
      reg.word === term.normal
    );
  if (reg.tag !== undefined) return term.tags.has(reg.tag);
  if (reg.pos !== undefined && !term.tags.has(reg.pos)) return false;
  const word = term.root || term.implicit || term.machine || term.normal;
  return reg.fastOr!.has(word) || reg.fastOr!.has(term.text);
}

type Opening = { first: Opener; second?: Opener } | null;
const openings = new WeakMap<object, Opening>();

const fitsAny = (term: MatchTerm, opener: Opener) => opener.any.some((reg) => fits(term, reg));

/**
 * Whether a match could start anywhere in a sentence, read from its first two tokens when they are
 * plain: compromise's matcher tries every start, copying the rest of the sentence each time, and
 * most of a sweep's tries fail on the first or second term. False only when its matcher would find
 * nothing: a first token that fits no term, or no term it fits followed by one the second fits
 * (unless the first is a contraction, which the matcher may step over).
 */
export function mayMatch(terms: readonly MatchTerm[], regs: Regs): boolean {
  let opening = openings.get(regs);
  if (opening === undefined) {
    const first = openerOf(regs[0]);
    const second = first?.single ? openerOf(regs[1]) : undefined;
    opening = first ? { first, ...(second && !second.start ? { second } : {}) } : null;
    openings.set(regs, opening);
  }
  if (opening === null) return true;
  const { first, second } = opening;
  // A pattern anchored at the start ("^") is tried at the first term only.
  const last = first.start ? Math.min(1, terms.length) : terms.length;
  for (let i = 0; i < last; i++) {
    if (!fitsAny(terms[i]!, first)) continue;
    if (!second || terms[i]!.implicit) return true;
    const next = terms[i + 1];
    if (next && fitsAny(next, second)) return true;
  }
  return false;
}

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
      if (!mayMatch(document[n] as MatchTerm[], m.regs)) continue;
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
