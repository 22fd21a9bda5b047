import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import type { Draft } from './kit';
import { optionName } from './options';
import { whereForm } from './where';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

/** The text of the sentence a draft asks about (its last proving sentence). */
function askedSentence(analysis: Analysis, draft: Draft): string {
  return analysis.doc.sentenceById.get(draft.evidence[draft.evidence.length - 1] ?? '')?.text ?? '';
}

function placeNamed(analysis: Analysis, option: string) {
  return analysis.names.entities.find((e) => optionName(e) === option);
}

const TOKYO = 'Moon Jae-in met Shinzo Abe in Tokyo in 2017.';
const PARIS = 'The peace conference opened in Paris in 1919.';

describe('whereForm: the place a clause happens in', () => {
  it.each<[string, string, string, string, string, string[]]>([
    // [what it shows, title, body, prompt, key, the only acceptable wrong options]
    [
      'a city, other cities as options',
      'Diplomacy',
      `${TOKYO} The foreign ministers signed a trade agreement in Beijing in 2015. ${PARIS} The allied generals planned the invasion in London.`,
      'Where did Moon Jae-in meet Shinzo Abe in 2017?',
      'Tokyo',
      ['Beijing', 'London', 'Paris'],
    ],
    [
      'a clause with a common-noun subject',
      'Diplomacy',
      `${TOKYO} The foreign ministers signed a trade agreement in Beijing in 2015. ${PARIS}`,
      'Where did the peace conference open in 1919?',
      'Paris',
      ['Beijing', 'Tokyo'],
    ],
    [
      '"he" after the one person named: the evidence names him first',
      'Diplomacy',
      `Moon Jae-in was elected president in 2017. He met Shinzo Abe in Tokyo in 2017. The foreign ministers signed a trade agreement in Beijing in 2015. ${PARIS}`,
      'Where did Moon Jae-in meet Shinzo Abe in 2017?',
      'Tokyo',
      ['Beijing', 'Paris'],
    ],
    [
      'a country, other countries as options',
      'Korea politics',
      'Moon Jae-in studied law in Japan in the 1970s. Ban Ki-moon served as a diplomat in India. Hong Joon-pyo worked as a prosecutor in China.',
      'Where did Hong Joon-pyo work as a prosecutor?',
      'China',
      ['India', 'Japan'],
    ],
  ])('%s', (_, title, body, prompt, key, options) => {
    const analysis = analysisOf(title, body);
    const drafts = whereForm.make(analysis);
    const draft = drafts.find((d) => d.prompt === prompt);
    expect(draft, `asked: ${drafts.map((d) => d.prompt).join(' | ') || 'nothing'}`).toBeDefined();
    expect(draft!.key).toBe(key);
    const distractors = draft!.distractors ?? [];
    expect(distractors.length).toBeGreaterThanOrEqual(2);
    expect(options).toEqual(expect.arrayContaining(distractors));
    expect(distractors).not.toContain(key);
    // Places of one level: cities beside a city, countries beside a country.
    const place = placeNamed(analysis, key)!;
    expect(place.kind).toBe('place');
    for (const d of distractors) {
      expect(placeNamed(analysis, d)?.kind).toBe('place');
      expect(placeNamed(analysis, d)?.subtype).toBe(place.subtype);
    }
    const proof = draft!.evidence.map((id) => analysis.doc.sentenceById.get(id)!.text).join(' ');
    expect(proof).toContain(key);
  });

  it.each<[string, string, string, string]>([
    // [why not, title, body, the sentence never asked]; each article also asks where the peace conference opened.
    [
      'another place left in the stem: "visit an orphanage in Beijing before … in Seoul"',
      'Diplomacy',
      `${TOKYO} Gordon Brown will visit an orphanage in Beijing before chairing a meeting in Seoul. ${PARIS}`,
      'Gordon Brown will visit an orphanage in Beijing before chairing a meeting in Seoul.',
    ],
    [
      'a negated verb',
      'Diplomacy',
      `${TOKYO} The foreign ministers did not sign the trade agreement in Beijing. ${PARIS}`,
      'The foreign ministers did not sign the trade agreement in Beijing.',
    ],
    [
      'relative time: "on Thursday"',
      'Diplomacy',
      `${TOKYO} The foreign ministers signed a trade agreement in Beijing on Thursday. ${PARIS}`,
      'The foreign ministers signed a trade agreement in Beijing on Thursday.',
    ],
    [
      'a modal guess: "would"',
      'Diplomacy',
      `${TOKYO} The foreign ministers would sign a trade agreement in Beijing. ${PARIS}`,
      'The foreign ministers would sign a trade agreement in Beijing.',
    ],
    [
      'an unresolved "they"',
      'Diplomacy',
      `${TOKYO} They signed a trade agreement in Beijing in 2015. ${PARIS}`,
      'They signed a trade agreement in Beijing in 2015.',
    ],
    [
      '"the agreement" pointing back to one of two',
      'Diplomacy',
      `${TOKYO} The foreign ministers signed a trade agreement in Beijing in 2015. A defence agreement followed in 2016. The agreement was ratified in Seoul in 2018. ${PARIS}`,
      'The agreement was ratified in Seoul in 2018.',
    ],
    [
      'the place does not end its phrase: "the Beijing region"',
      'Diplomacy',
      `${TOKYO} The foreign ministers praised the work of the trade office in the Beijing region. ${PARIS}`,
      'The foreign ministers praised the work of the trade office in the Beijing region.',
    ],
    [
      'a copula says where something is, not where something happened',
      'Diplomacy',
      `${TOKYO} The new trade office is in Beijing. ${PARIS}`,
      'The new trade office is in Beijing.',
    ],
    [
      'a clause about the place itself',
      'Diplomacy',
      `${TOKYO} The foreign ministers signed a trade agreement in Beijing in 2015. ${PARIS} Paris grew rapidly in the 1920s.`,
      'Paris grew rapidly in the 1920s.',
    ],
  ])('not asked: %s', (_, title, body, refused) => {
    const analysis = analysisOf(title, body);
    const drafts = whereForm.make(analysis);
    expect(drafts.map((d) => d.prompt)).toContain('Where did the peace conference open in 1919?');
    expect(drafts.filter((d) => askedSentence(analysis, d) === refused)).toEqual([]);
  });
});
