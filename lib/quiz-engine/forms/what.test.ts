import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import type { Draft } from './kit';
import { whatForm } from './what';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

/** The text of the sentence a draft asks about (its last proving sentence). */
function askedSentence(analysis: Analysis, draft: Draft): string {
  return analysis.doc.sentenceById.get(draft.evidence[draft.evidence.length - 1] ?? '')?.text ?? '';
}

const ASIA =
  'Japan is an island nation in East Asia. China is the most populous country in Asia. Russia is the largest country by area.';
const LAWYERS =
  'Raphael Lemkin was a Polish lawyer of Jewish descent. Hersch Lauterpacht was a British international lawyer. Hannah Arendt was a German-born political theorist.';

describe('whatForm: what the article says something is', () => {
  it.each<[string, string, string, string, string, string[]]>([
    // [what it shows, title, body, prompt, key, the only acceptable wrong options]
    [
      'a country, with what the article says other countries are',
      'Asia',
      ASIA,
      'What is Japan?',
      'an island nation in East Asia',
      ['the most populous country in Asia', 'the largest country by area'],
    ],
    [
      'the key is never its own wrong option',
      'Asia',
      ASIA,
      'What is Russia?',
      'the largest country by area',
      ['an island nation in East Asia', 'the most populous country in Asia'],
    ],
    [
      'encyclopedia: a legislature, beside other bodies',
      'Pakistan',
      'The Senate of Pakistan is the upper legislative chamber of the bicameral legislature of Pakistan. The National Assembly is the lower house of the legislature. The Election Commission is an independent body that organises elections.',
      'What is the Senate of Pakistan?',
      'the upper legislative chamber of the bicameral legislature of Pakistan',
      ['the lower house of the legislature', 'an independent body'],
    ],
    [
      'people in the past tense: "What was …"',
      'Genocide',
      LAWYERS,
      'What was Raphael Lemkin?',
      'a Polish lawyer of Jewish descent',
      ['a British international lawyer', 'a German-born political theorist'],
    ],
    [
      'news: an appositive says what someone is',
      'Zimbabwe coup',
      'Fidelis Mukonori, a Jesuit priest, is acting as a middle-man. Emmerson Mnangagwa, a former vice-president, returned from exile. Jacob Zuma, the president of South Africa, sent envoys.',
      'What is Fidelis Mukonori?',
      'a Jesuit priest',
      ['a former vice-president', 'the president of South Africa'],
    ],
  ])('%s', (_, title, body, prompt, key, options) => {
    const analysis = analysisOf(title, body);
    const drafts = whatForm.make(analysis);
    const draft = drafts.find((d) => d.prompt === prompt);
    expect(draft, `asked: ${drafts.map((d) => d.prompt).join(' | ') || 'nothing'}`).toBeDefined();
    expect(draft!.key).toBe(key);
    const distractors = draft!.distractors ?? [];
    expect(distractors.length).toBeGreaterThanOrEqual(2);
    expect(options).toEqual(expect.arrayContaining(distractors));
    expect(distractors).not.toContain(key);
    // Every wrong option is what the article says of something else of the same kind.
    for (const d of distractors) expect(body).toContain(d);
    expect(askedSentence(analysis, draft!)).toContain(key);
  });

  it.each<[string, string, string, string, string]>([
    // [why not, title, body, the sentence never asked, a question the same article does ask]
    [
      'a negated copula',
      'Asia',
      `${ASIA} China is not a democracy in any sense.`,
      'China is not a democracy in any sense.',
      'What is Japan?',
    ],
    [
      'a modal guess: "may be"',
      'Asia',
      `${ASIA} Mongolia may be the fastest-growing economy in the region.`,
      'Mongolia may be the fastest-growing economy in the region.',
      'What is Japan?',
    ],
    [
      'a bare head word says nothing: "a country"',
      'Asia',
      `${ASIA} Mongolia is a country.`,
      'Mongolia is a country.',
      'What is Japan?',
    ],
    [
      'a pronoun in the description: "its neighbours"',
      'Asia',
      `${ASIA} Mongolia is the largest trading partner of its neighbours.`,
      'Mongolia is the largest trading partner of its neighbours.',
      'What is Japan?',
    ],
    [
      'a time only the day of writing makes sense of: "now"',
      'Asia',
      `${ASIA} Mongolia is now a democracy with a directly elected president.`,
      'Mongolia is now a democracy with a directly elected president.',
      'What is Japan?',
    ],
    [
      'a list of subjects',
      'Asia',
      `${ASIA} Mongolia, China and Kazakhstan are the largest countries of Inner Asia.`,
      'Mongolia, China and Kazakhstan are the largest countries of Inner Asia.',
      'What is Japan?',
    ],
    [
      'an unresolved "they"',
      'Genocide',
      `${LAWYERS} Hersch Lauterpacht met Hannah Arendt in London. They were the founders of a new field.`,
      'They were the founders of a new field.',
      'What was Hannah Arendt?',
    ],
  ])('not asked: %s', (_, title, body, refused, control) => {
    const analysis = analysisOf(title, body);
    const drafts = whatForm.make(analysis);
    expect(drafts.map((d) => d.prompt)).toContain(control);
    expect(drafts.filter((d) => askedSentence(analysis, d) === refused)).toEqual([]);
    // Nor is what it says offered as a wrong option.
    const said = refused.replace(/^.*? (?:is|was|are|be) (?:not |now )?/, '').replace(/\.$/, '');
    for (const d of drafts) expect(d.distractors ?? []).not.toContain(said);
  });
});
