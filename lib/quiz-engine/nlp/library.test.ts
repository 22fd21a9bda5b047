import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import nlp, { compromiseSweep, mayMatch, sweep } from './library';

const TEXTS = [
  'The firm said on Tuesday that it would not sell the shares, which had lost 40% since May 2019.',
  "South Korean President Moon Jae-in met Xi Jinping in Beijing; he didn't sign the deal.",
  "We've said it's the firm's best year, and they'd sold 2,000 cars by 5 p.m. on 3 March.",
  'Services make up roughly 80% of the economy, and the City of London is a financial centre.',
  'In the late 18th century the empire expanded, but by the 1990s it had given up most colonies.',
];

/** The seed article's prose: some thousand words of news, for checks that need variety. */
const ARTICLE = readFileSync(
  path.join(process.cwd(), 'content/articles/korea-foreign-relations.md'),
  'utf8',
)
  .replace(/^---[\s\S]*?---/, '')
  .split(/\n\s*\n/)
  .filter((paragraph) => /^\p{Lu}/u.test(paragraph.trim()));

type SweepArgs = Parameters<typeof sweep>;

/** A net of compromise's own tagging corrections, built afresh (its model's copies are parsed in place). */
function correctionsNet(): SweepArgs[1] {
  const world = nlp.world() as unknown as {
    model: { two: { matches: Array<Record<string, unknown>> } };
    methods: { one: { buildNet(matches: object[], world: unknown): SweepArgs[1] } };
  };
  const matches = world.model.two.matches.map(({ match, tag, unTag, group, ifNo }) => ({
    match,
    ...(tag !== undefined ? { tag } : {}),
    ...(unTag !== undefined ? { unTag } : {}),
    ...(group !== undefined ? { group } : {}),
    ...(ifNo !== undefined ? { ifNo } : {}),
  }));
  return world.methods.one.buildNet(matches, world);
}

describe('sweep', () => {
  const net = correctionsNet();
  it.each([...TEXTS, ARTICLE.join('\n\n')])(
    'finds what compromise’s own sweep finds: %s',
    (text) => {
      const doc = nlp(text) as unknown as { docs: SweepArgs[0]; methods: SweepArgs[2] };
      const ours = sweep(doc.docs, net, doc.methods, {});
      expect(ours.length).toBeGreaterThan(0);
      expect(ours).toEqual(compromiseSweep(doc.docs, net, doc.methods, {}));
      expect(sweep(doc.docs, net, doc.methods, { matchOne: true })).toEqual(
        compromiseSweep(doc.docs, net, doc.methods, { matchOne: true }),
      );
    },
  );
});

describe('match patterns parsed once', () => {
  it('reads a pattern the same the second time', () => {
    const doc = nlp(TEXTS[0]!);
    const first = doc.match('#Determiner? [<what>#Noun+]').out('array');
    expect(first.length).toBeGreaterThan(1);
    expect(doc.match('#Determiner? [<what>#Noun+]').out('array')).toEqual(first);
  });

  it('lends each call its own copy: growRight anchors its own, not the next match', () => {
    const doc = nlp('The firm sold shares and bought bonds.');
    expect(doc.match('#Verb').out('array')).toEqual(['sold', 'bought']);
    doc.match('#Noun').growRight('#Verb');
    // growRight marked its copy of "#Verb" as "at the start"; a plain match still finds every verb.
    expect(doc.match('#Verb').out('array')).toEqual(['sold', 'bought']);
  });
});

describe('mayMatch', () => {
  const net = correctionsNet();
  const matches = [...new Set([...Object.values(net.hooks).flat(), ...net.always])];
  type Match = (typeof matches)[number];
  it('rules out only the sentences where compromise’s matcher finds nothing', () => {
    let ruledOut = 0;
    for (const text of [...TEXTS, ...ARTICLE]) {
      const doc = nlp(text) as unknown as {
        docs: SweepArgs[0];
        methods: { one: { match(docs: SweepArgs[0], todo: Match): { ptrs: unknown[] } } };
      };
      for (const terms of doc.docs)
        for (const m of matches) {
          if (mayMatch(terms as Parameters<typeof mayMatch>[0], m.regs)) continue;
          ruledOut++;
          expect(doc.methods.one.match([terms], m).ptrs, m.match).toEqual([]);
        }
    }
    // Most of the corrections fail on their first two words: the test checks many.
    expect(ruledOut).toBeGreaterThan(1000);
  });
});
