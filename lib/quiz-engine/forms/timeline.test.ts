import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import { timelineForm } from './timeline';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

const LEMKIN = 'Raphael Lemkin coined the word genocide in 1944.';
const CONVENTION = 'The United Nations adopted the convention in 1948.';
const RWANDA = 'The tribunal for Rwanda convicted a mayor of genocide in 1998.';
const COURT = 'The International Criminal Court opened its doors in 2002.';

describe('timelineForm: dated events to put in order', () => {
  it.each<[string, string, string[], string[]]>([
    // [what it shows, title, sentences (one paragraph), the events in order]
    [
      'encyclopedia: four events, each restated without its year',
      'Genocide',
      [LEMKIN, CONVENTION, RWANDA, COURT],
      [
        'Raphael Lemkin coined the word genocide',
        'The United Nations adopted the convention',
        'The tribunal for Rwanda convicted a mayor of genocide',
        'The International Criminal Court opened its doors',
      ],
    ],
    [
      'events the article tells out of order',
      'Genocide',
      [COURT, LEMKIN, RWANDA, CONVENTION],
      [
        'Raphael Lemkin coined the word genocide',
        'The United Nations adopted the convention',
        'The tribunal for Rwanda convicted a mayor of genocide',
        'The International Criminal Court opened its doors',
      ],
    ],
    [
      'two events of one year never share a timeline',
      'Genocide',
      [LEMKIN, CONVENTION, COURT, 'Judges in The Hague upheld a verdict in 2002.'],
      [
        'Raphael Lemkin coined the word genocide',
        'The United Nations adopted the convention',
        'The International Criminal Court opened its doors',
      ],
    ],
    [
      'no guess, no negation, no relative time, no future, no decade, no unresolved pronoun',
      'Genocide',
      [
        LEMKIN,
        'The Allies put Nazi leaders on trial in the 1940s.',
        'The United States did not ratify the convention in 1949.',
        CONVENTION,
        'Activists marched through the capital on Friday.',
        'The court would open a new office in 2005.',
        'The court will hear its first appeal in 2030.',
        COURT,
        'He wrote a memoir about the trials in 1958.',
      ],
      [
        'Raphael Lemkin coined the word genocide',
        'The United Nations adopted the convention',
        'The International Criminal Court opened its doors',
      ],
    ],
  ])('%s', (_, title, sentences, order) => {
    const analysis = analysisOf(title, sentences.join(' '));
    const drafts = timelineForm.make(analysis);
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft!.prompt).toBe('Put these events from the article in order, earliest first.');
    expect(draft!.order).toEqual(order);
    // Shown in the article's order, so their order gives nothing away.
    const told = [...order].sort(
      (a, b) =>
        sentences.findIndex((s) => s.startsWith(a)) - sentences.findIndex((s) => s.startsWith(b)),
    );
    expect(draft!.items).toEqual(told);
    for (const event of order) expect(event).not.toMatch(/\d{4}/);
    // Each event is proved by its own sentence, cited in reading order.
    const cited = draft!.evidence.map((id) => analysis.doc.sentenceById.get(id)!.text);
    expect(cited).toEqual(told.map((e) => sentences.find((s) => s.startsWith(e))));
  });

  it('not asked: fewer than three dated events', () => {
    const drafts = timelineForm.make(
      analysisOf(
        'Genocide',
        `${LEMKIN} The court would open a new office in 2005. Activists marched through the capital on Friday. ${COURT}`,
      ),
    );
    expect(drafts).toEqual([]);
  });
});
