import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import type { Draft } from './kit';
import { whyForm } from './why';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

/** The text of the sentence a draft asks about (its last proving sentence). */
function askedSentence(analysis: Analysis, draft: Draft): string {
  return analysis.doc.sentenceById.get(draft.evidence[draft.evidence.length - 1] ?? '')?.text ?? '';
}

const ARMY = 'The army seized the state broadcaster because the generals feared a purge.';
const FLED = 'Emmerson Mnangagwa fled to South Africa because his life was in danger.';
const ENVOYS = 'Jacob Zuma sent envoys because the region feared violence.';
const KOREA =
  'Moon Jae-in opposed the deployment because it was decided without public debate. Hong Joon-pyo supported the missile system because North Korea had tested a nuclear weapon. Ahn Cheol-soo resigned as party leader because his party lost the election badly.';

describe('whyForm: the reason a "because" clause gives', () => {
  it.each<[string, string, string, string, string]>([
    // [what it shows, title, body, prompt, key]
    [
      'a stance and its reason',
      'Korea politics',
      KOREA,
      'Why did Hong Joon-pyo support the missile system?',
      'Because North Korea had tested a nuclear weapon',
    ],
    [
      'a reason whose "his" is the subject’s own',
      'Korea politics',
      KOREA,
      'Why did Ahn Cheol-soo resign as party leader?',
      'Because his party lost the election badly',
    ],
    [
      'news: an institution acting',
      'Zimbabwe coup',
      `${ARMY} ${FLED} ${ENVOYS}`,
      'Why did the army seize the state broadcaster?',
      'Because the generals feared a purge',
    ],
    [
      'a person fleeing somewhere',
      'Zimbabwe coup',
      `${ARMY} ${FLED} ${ENVOYS}`,
      'Why did Emmerson Mnangagwa flee to South Africa?',
      'Because his life was in danger',
    ],
  ])('%s', (_, title, body, prompt, key) => {
    const analysis = analysisOf(title, body);
    const drafts = whyForm.make(analysis);
    const draft = drafts.find((d) => d.prompt === prompt);
    expect(draft, `asked: ${drafts.map((d) => d.prompt).join(' | ') || 'nothing'}`).toBeDefined();
    expect(draft!.key).toBe(key);
    const asked = askedSentence(analysis, draft!);
    expect(asked).toContain(`b${key.slice(1)}`);
    const distractors = draft!.distractors ?? [];
    expect(distractors.length).toBeGreaterThanOrEqual(2);
    expect(distractors).not.toContain(key);
    // Every wrong option is a reason the article gives for something else.
    for (const d of distractors) {
      expect(d).toMatch(/^Because /);
      expect(body).toContain(`b${d.slice(1)}`);
      expect(asked).not.toContain(`b${d.slice(1)}`);
    }
  });

  it.each<[string, string, string, string]>([
    // [why not, title, body, the sentence never asked]; each article also asks why the army seized the broadcaster.
    [
      'a negated verb',
      'Zimbabwe coup',
      `${ARMY} Robert Mugabe did not resign because he wanted to finish his term. ${FLED} ${ENVOYS}`,
      'Robert Mugabe did not resign because he wanted to finish his term.',
    ],
    [
      'a modal guess: "would"',
      'Zimbabwe coup',
      `${ARMY} Robert Mugabe would resign because the party demanded it. ${FLED} ${ENVOYS}`,
      'Robert Mugabe would resign because the party demanded it.',
    ],
    [
      'relative time: "on Friday"',
      'Zimbabwe coup',
      `${ARMY} Robert Mugabe left Harare on Friday because the talks had failed. ${FLED} ${ENVOYS}`,
      'Robert Mugabe left Harare on Friday because the talks had failed.',
    ],
    [
      'an unresolved "he"',
      'Zimbabwe coup',
      `${ARMY} He refused to resign because he wanted to finish his term. ${FLED} ${ENVOYS}`,
      'He refused to resign because he wanted to finish his term.',
    ],
    [
      '"the plan" pointing back',
      'Zimbabwe coup',
      `${ARMY} Robert Mugabe rejected the plan because it would end his rule. ${FLED} ${ENVOYS}`,
      'Robert Mugabe rejected the plan because it would end his rule.',
    ],
    [
      'what someone else said is not the article’s reason',
      'Zimbabwe coup',
      `${ARMY} Analysts said the currency fell because investors panicked. ${FLED} ${ENVOYS}`,
      'Analysts said the currency fell because investors panicked.',
    ],
  ])('not asked: %s', (_, title, body, refused) => {
    const analysis = analysisOf(title, body);
    const drafts = whyForm.make(analysis);
    expect(drafts.map((d) => d.prompt)).toContain('Why did the army seize the state broadcaster?');
    expect(drafts.filter((d) => askedSentence(analysis, d) === refused)).toEqual([]);
  });
});
