import { describe, expect, it } from 'vitest';
import nlp, { compromiseSweep, sweep } from './library';

const TEXTS = [
  'The firm said on Tuesday that it would not sell the shares, which had lost 40% since May 2019.',
  "South Korean President Moon Jae-in met Xi Jinping in Beijing; he didn't sign the deal.",
  'Services make up roughly 80% of the economy, and the City of London is a financial centre.',
  'In the late 18th century the empire expanded, but by the 1990s it had given up most colonies.',
];

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
  it.each(TEXTS)('finds what compromise’s own sweep finds: %s', (text) => {
    const doc = nlp(text) as unknown as { docs: SweepArgs[0]; methods: SweepArgs[2] };
    const ours = sweep(doc.docs, net, doc.methods, {});
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toEqual(compromiseSweep(doc.docs, net, doc.methods, {}));
    expect(sweep(doc.docs, net, doc.methods, { matchOne: true })).toEqual(
      compromiseSweep(doc.docs, net, doc.methods, { matchOne: true }),
    );
  });
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
