import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import type { Draft } from './kit';
import { objectForm } from './object';
import { optionName } from './options';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

/** The text of the sentence a draft asks about (its last proving sentence). */
function askedSentence(analysis: Analysis, draft: Draft): string {
  return analysis.doc.sentenceById.get(draft.evidence[draft.evidence.length - 1] ?? '')?.text ?? '';
}

function entityNamed(analysis: Analysis, option: string) {
  return analysis.names.entities.find((e) => optionName(e) === option);
}

const VISITS = 'Moon Jae-in visited Japan in 2017.';
const RUSSIA = 'Ahn Cheol-soo criticised Russia over its silence.';
const TRIALS =
  'The Nuremberg trials convicted Hermann Göring of crimes against humanity. Raphael Lemkin advised Robert Jackson during the trials. Hannah Arendt described Adolf Eichmann as banal.';

describe('objectForm: the name a verb takes', () => {
  it.each<[string, string, string, string, Draft['type'], string, string[], string[]]>([
    // [what it shows, title, body, prompt, type, key, the only acceptable wrong options, never an option]
    [
      'a country visited, other countries as options',
      'Korea diplomacy',
      `${VISITS} Hong Joon-pyo praised China for its restraint. ${RUSSIA}`,
      'Which country did Moon Jae-in visit in 2017?',
      'which',
      'Japan',
      ['China', 'Russia'],
      [],
    ],
    [
      'a person met: the subject is never an option',
      'Korea diplomacy',
      'Moon Jae-in met Shinzo Abe in Tokyo in 2017. Xi Jinping received Donald Trump in Beijing. Vladimir Putin hosted Kim Jong-un in Vladivostok.',
      'Who did Moon Jae-in meet in Tokyo in 2017?',
      'who',
      'Shinzo Abe',
      ['Vladimir Putin', 'Donald Trump', 'Kim Jong-un', 'Xi Jinping'],
      ['Moon Jae-in'],
    ],
    [
      'encyclopedia: a verb with "of …" after its object',
      'Genocide',
      TRIALS,
      'Who did the Nuremberg trials convict of crimes against humanity?',
      'who',
      'Hermann Göring',
      ['Adolf Eichmann', 'Robert Jackson', 'Hannah Arendt', 'Raphael Lemkin'],
      [],
    ],
    [
      'a verb with "as …" after its object; the subject is no option',
      'Genocide',
      TRIALS,
      'Who did Hannah Arendt describe as banal?',
      'who',
      'Adolf Eichmann',
      ['Raphael Lemkin', 'Hermann Göring', 'Robert Jackson'],
      ['Hannah Arendt'],
    ],
    [
      'a naming verb asks "What … named"',
      'New York City',
      'The Dutch settlement was named New Amsterdam in 1626. Boston was a smaller port. Philadelphia was the largest city in the colonies.',
      'What was the Dutch settlement named in 1626?',
      'what',
      'New Amsterdam',
      ['Boston', 'Philadelphia'],
      [],
    ],
    [
      '"he" after the one person named, with a purpose kept',
      'Zimbabwe coup',
      'Jacob Zuma was elected president of South Africa in 2009. He visited Zimbabwe in 2017 to meet the generals. Namibia offered asylum to the family. Botswana closed its border.',
      'Which country did Jacob Zuma visit in 2017 to meet the generals?',
      'which',
      'Zimbabwe',
      ['Botswana', 'Namibia', 'South Africa'],
      [],
    ],
  ])('%s', (_, title, body, prompt, type, key, options, never) => {
    const analysis = analysisOf(title, body);
    const drafts = objectForm.make(analysis);
    const draft = drafts.find((d) => d.prompt === prompt);
    expect(draft, `asked: ${drafts.map((d) => d.prompt).join(' | ') || 'nothing'}`).toBeDefined();
    expect(draft!.type).toBe(type);
    expect(draft!.key).toBe(key);
    const distractors = draft!.distractors ?? [];
    expect(distractors.length).toBeGreaterThanOrEqual(2);
    expect(options).toEqual(expect.arrayContaining(distractors));
    expect(distractors).not.toContain(key);
    for (const name of never) expect(distractors).not.toContain(name);
    const keyEntity = entityNamed(analysis, key)!;
    for (const d of distractors) {
      expect(entityNamed(analysis, d)?.kind).toBe(keyEntity.kind);
      expect(entityNamed(analysis, d)?.subtype).toBe(keyEntity.subtype);
    }
    // The key is stated in the evidence, which names the subject too.
    const proof = draft!.evidence.map((id) => analysis.doc.sentenceById.get(id)!.text).join(' ');
    expect(proof).toContain(key);
  });

  it.each<[string, string, string, string]>([
    // [why not, title, body, the sentence never asked]; every article also asks the Japan question.
    [
      'a negated verb',
      'Korea diplomacy',
      `${VISITS} Hong Joon-pyo did not visit China during the campaign. ${RUSSIA}`,
      'Hong Joon-pyo did not visit China during the campaign.',
    ],
    [
      'a modal guess: "would"',
      'Korea diplomacy',
      `${VISITS} Hong Joon-pyo would visit China after the election. ${RUSSIA}`,
      'Hong Joon-pyo would visit China after the election.',
    ],
    [
      'relative time: "on Tuesday"',
      'Korea diplomacy',
      `${VISITS} Hong Joon-pyo visited China on Tuesday. ${RUSSIA}`,
      'Hong Joon-pyo visited China on Tuesday.',
    ],
    [
      'a possessive is not the object',
      'Korea diplomacy',
      `${VISITS} Hong Joon-pyo visited China's capital during the campaign. ${RUSSIA}`,
      "Hong Joon-pyo visited China's capital during the campaign.",
    ],
    [
      'a name modifying a noun is not the object',
      'Korea diplomacy',
      `${VISITS} Hong Joon-pyo visited the China pavilion during the campaign. ${RUSSIA}`,
      'Hong Joon-pyo visited the China pavilion during the campaign.',
    ],
    [
      '"the two leaders" pointing back',
      'Korea diplomacy',
      `${VISITS} The two leaders praised China for its restraint. ${RUSSIA}`,
      'The two leaders praised China for its restraint.',
    ],
    [
      'a copula says what someone is, not what they did to a name',
      'Korea diplomacy',
      `${VISITS} Hong Joon-pyo is China's harshest critic in Seoul. ${RUSSIA}`,
      "Hong Joon-pyo is China's harshest critic in Seoul.",
    ],
    [
      'a list member: "China and Russia"',
      'Korea diplomacy',
      `${VISITS} Hong Joon-pyo visited China and Russia during the campaign. ${RUSSIA}`,
      'Hong Joon-pyo visited China and Russia during the campaign.',
    ],
  ])('not asked: %s', (_, title, body, refused) => {
    const analysis = analysisOf(title, body);
    const drafts = objectForm.make(analysis);
    expect(drafts.map((d) => d.prompt)).toContain('Which country did Moon Jae-in visit in 2017?');
    expect(drafts.filter((d) => askedSentence(analysis, d) === refused)).toEqual([]);
  });
});
