import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import { matchingForm } from './matching';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

const MOON = 'Moon Jae-in urged talks with North Korea.';
const AHN = 'Ahn Cheol-soo suggested a referendum on the missile system.';
const HONG = 'Hong Joon-pyo supports a hard line on Pyongyang.';
const SIM = 'Sim Sang-jung backed a wealth tax.';

describe('matchingForm: actors and the positions the article gives them', () => {
  it.each<[string, string, string[], Array<[string, string]>]>([
    // [what it shows, title, sentences, actor → position]
    [
      'four candidates, one stance each',
      'Korea election',
      [MOON, AHN, HONG, SIM],
      [
        ['Moon Jae-in', 'urged talks with North Korea'],
        ['Ahn Cheol-soo', 'suggested a referendum on the missile system'],
        ['Hong Joon-pyo', 'supports a hard line on Pyongyang'],
        ['Sim Sang-jung', 'backed a wealth tax'],
      ],
    ],
    [
      'no guess, no unresolved "they"',
      'Korea election',
      [
        MOON,
        'Ahn Cheol-soo would suggest a referendum on the missile system.',
        HONG,
        SIM,
        'They opposed the deployment.',
      ],
      [
        ['Moon Jae-in', 'urged talks with North Korea'],
        ['Hong Joon-pyo', 'supports a hard line on Pyongyang'],
        ['Sim Sang-jung', 'backed a wealth tax'],
      ],
    ],
  ])('%s', (_, title, sentences, pairs) => {
    const analysis = analysisOf(title, sentences.join(' '));
    const drafts = matchingForm.make(analysis);
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft!.prompt).toBe('Match each actor with the position the article gives them.');
    expect([...draft!.items!].sort()).toEqual(pairs.map(([actor]) => actor).sort());
    const given = new Map(draft!.items!.map((actor, i) => [actor, draft!.pairs![i]]));
    for (const [actor, position] of pairs) expect(given.get(actor)).toBe(position);
    // The positions are offered in an order that says nothing about the actors'.
    expect(draft!.choices).toEqual([...draft!.pairs!].sort());
    // Each pair is proved by the sentence that gives it.
    const cited = draft!.evidence.map((id) => analysis.doc.sentenceById.get(id)!.text);
    for (const [actor, position] of pairs)
      expect(cited).toContain(sentences.find((s) => s === `${actor} ${position}.`));
  });

  it.each<[string, string, string[]]>([
    // [why not, title, sentences]
    [
      'only two actors take a stance',
      'Korea election',
      [MOON, AHN, 'Hong Joon-pyo met reporters in Seoul.'],
    ],
    [
      'two actors take the same position: either could take the other’s',
      'Korea election',
      [MOON, 'Ahn Cheol-soo urged talks with North Korea.', HONG, SIM],
    ],
  ])('not asked: %s', (_, title, sentences) => {
    expect(matchingForm.make(analysisOf(title, sentences.join(' ')))).toEqual([]);
  });
});
