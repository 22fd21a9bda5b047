import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import { evidenceForm } from './evidence';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

const ZUMA = [
  'Jacob Zuma is the president of South Africa.',
  'He sent envoys to Harare to meet the generals.',
  'Jacob Zuma spoke to Robert Mugabe by telephone.',
  'Jacob Zuma later flew to Luanda for a regional summit.',
  'Jacob Zuma faced corruption charges at home.',
];
const OBAMA = [
  'Barack Obama spoke to reporters at the White House.',
  'He has pushed for stricter gun control throughout his presidency.',
  'Barack Obama travelled to Kenya later that week.',
  'Barack Obama praised the work of local police officers.',
  'Barack Obama met the families of victims in Charleston.',
];
const paragraphs = (lines: readonly string[]) => lines.join('\n\n');

describe('evidenceForm: which sentence supports a claim', () => {
  it.each<[string, string, string[], string, string, string]>([
    // [what it shows, title, paragraphs, prompt, key, who the wrong options are about]
    [
      'news: "he" in the sentence, the name in the claim',
      'Zimbabwe coup',
      ZUMA,
      'Which sentence from the article supports the claim that Jacob Zuma sent envoys to Harare to meet the generals?',
      'He sent envoys to Harare to meet the generals.',
      'Jacob Zuma',
    ],
    [
      'a claim with the subject’s own "his"',
      'Obama interview',
      OBAMA,
      'Which sentence from the article supports the claim that Barack Obama has pushed for stricter gun control throughout his presidency?',
      'He has pushed for stricter gun control throughout his presidency.',
      'Barack Obama',
    ],
  ])('%s', (_, title, lines, prompt, key, about) => {
    const analysis = analysisOf(title, paragraphs(lines));
    const drafts = evidenceForm.make(analysis);
    const draft = drafts.find((d) => d.prompt === prompt);
    expect(draft, `asked: ${drafts.map((d) => d.prompt).join(' | ') || 'nothing'}`).toBeDefined();
    expect(draft!.key).toBe(key);
    expect(analysis.doc.sentenceById.get(draft!.evidence[0]!)!.text).toBe(key);
    // The claim is restated, never the sentence copied.
    expect(prompt).not.toContain(key.replace(/\.$/, ''));
    const distractors = draft!.distractors ?? [];
    expect(distractors).toHaveLength(3);
    expect(distractors).not.toContain(key);
    const keyIndex = lines.indexOf(key);
    for (const d of distractors) {
      // Whole sentences of other paragraphs, about the same person, that do not state the claim.
      expect(lines).toContain(d);
      expect(lines.indexOf(d)).not.toBe(keyIndex);
      expect(d).toContain(about);
    }
    // Every sentence shown is listed, so the bank knows what this question gives away.
    expect(draft!.shown).toHaveLength(4);
  });

  it.each<[string, string, string[], string, string]>([
    // [why not, title, paragraphs, the sentence never a key, a key the same article does ask]
    [
      'the sentence names the subject: finding it takes no reading',
      'Zimbabwe coup',
      ZUMA,
      'Jacob Zuma spoke to Robert Mugabe by telephone.',
      ZUMA[1]!,
    ],
    [
      'a quotation is no claim the article makes',
      'Obama interview',
      [...OBAMA, 'He said, "Gun laws are my biggest frustration as president of the country."'],
      'He said, "Gun laws are my biggest frustration as president of the country."',
      OBAMA[1]!,
    ],
    [
      'a modal guess: "might"',
      'Obama interview',
      [...OBAMA, 'He might travel to Kenya with his family next summer.'],
      'He might travel to Kenya with his family next summer.',
      OBAMA[1]!,
    ],
  ])('not asked: %s', (_, title, lines, refused, control) => {
    const drafts = evidenceForm.make(analysisOf(title, paragraphs(lines)));
    expect(drafts.map((d) => d.key)).toContain(control);
    expect(drafts.filter((d) => d.key === refused)).toEqual([]);
  });

  it('not asked: too few other sentences about the same person to choose from', () => {
    const drafts = evidenceForm.make(analysisOf('Zimbabwe coup', paragraphs(ZUMA.slice(0, 3))));
    expect(drafts).toEqual([]);
  });
});
