import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import { acronymForm } from './acronym';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

const THAAD =
  "The United States deployed the Terminal High Altitude Area Defense (THAAD) system in 2017. The North Atlantic Treaty Organization (NATO) watched closely. The Democratic People's Republic of Korea (DPRK) condemned the move. The UN Security Council met in New York.";
const MEDIA =
  'The Australian Federal Police (AFP) can access metadata without a warrant. The Media, Entertainment and Arts Alliance (MEAA) opposed the bill. The Australian Security Intelligence Organisation (ASIO) backed it.';
const ZIMBABWE =
  'The Zimbabwe African National Union – Patriotic Front (ZANU-PF) expelled Grace Mugabe. The Movement for Democratic Change (MDC) called for elections. The Southern African Development Community (SADC) held a summit.';
const COURTS =
  'The International Criminal Court (ICC) sits in The Hague. World War II ended in 1945. The court tried cases from the Democratic Republic of the Congo (DRC). The European Court of Human Rights (ECHR) sits in Strasbourg. The ICC later opened an office in Kinshasa. The International Criminal Court (ICC) has 124 member states.';

describe('acronymForm: what an acronym stands for, and the acronym for a long form', () => {
  it.each<[string, string, string, string, string, string[]]>([
    // [what it shows, title, body, short form, long form, the only acceptable wrong expansions]
    [
      'from the seed article: a weapon system',
      'THAAD',
      THAAD,
      'THAAD',
      'Terminal High Altitude Area Defense',
      ['North Atlantic Treaty Organization', "Democratic People's Republic of Korea"],
    ],
    [
      'opinion: a long form with a comma in it',
      'Data retention',
      MEDIA,
      'MEAA',
      'Media, Entertainment and Arts Alliance',
      ['Australian Federal Police', 'Australian Security Intelligence Organisation'],
    ],
    [
      'news: a hyphenated acronym',
      'Zimbabwe',
      ZIMBABWE,
      'ZANU-PF',
      'Zimbabwe African National Union – Patriotic Front',
      ['Movement for Democratic Change', 'Southern African Development Community'],
    ],
    [
      'encyclopedia: an acronym defined twice is one fact',
      'Genocide',
      COURTS,
      'ICC',
      'International Criminal Court',
      ['Democratic Republic of the Congo', 'European Court of Human Rights'],
    ],
  ])('%s', (_, title, body, short, long, expansions) => {
    const analysis = analysisOf(title, body);
    const drafts = acronymForm.make(analysis);

    const expand = drafts.filter((d) => d.prompt === `What does ${short} stand for?`);
    expect(expand).toHaveLength(1);
    expect(expand[0]!.key).toBe(long);
    const wrongLong = expand[0]!.distractors ?? [];
    expect(wrongLong.length).toBeGreaterThanOrEqual(2);
    expect(expansions).toEqual(expect.arrayContaining(wrongLong));
    expect(wrongLong).not.toContain(long);

    const abbreviate = drafts.filter(
      (d) => d.prompt === `Which acronym does the article use for “${long}”?`,
    );
    expect(abbreviate).toHaveLength(1);
    expect(abbreviate[0]!.key).toBe(short);
    const wrongShort = abbreviate[0]!.distractors ?? [];
    expect(wrongShort.length).toBeGreaterThanOrEqual(2);
    expect(wrongShort).not.toContain(short);
    // Every wrong acronym is one the article uses, in capitals, and never a Roman numeral.
    for (const s of wrongShort) {
      expect(s).toMatch(/^\p{Lu}[\p{Lu}-]+$/u);
      expect(s).not.toMatch(/^[IVXLC]+$/);
      expect(body).toContain(s);
    }

    // Both are one fact, proved by the defining sentence.
    expect(new Set([expand[0]!.fact, abbreviate[0]!.fact]).size).toBe(1);
    const proof = analysis.doc.sentenceById.get(expand[0]!.evidence[0]!)!.text;
    expect(proof).toContain(`${long} (${short})`);
  });

  it.each<[string, string, string, string]>([
    // [why not, title, body, an acronym never asked about]
    ['an acronym the article uses but never writes out', 'THAAD', THAAD, 'UN'],
    [
      'too few other definitions to make wrong expansions',
      'US debt',
      'The Congressional Budget Office (CBO) expects higher rates. The Federal Reserve raised rates. The CBO publishes forecasts twice a year.',
      'CBO',
    ],
  ])('not asked: %s', (_, title, body, short) => {
    const drafts = acronymForm.make(analysisOf(title, body));
    expect(drafts.filter((d) => d.prompt === `What does ${short} stand for?`)).toEqual([]);
    expect(drafts.filter((d) => d.key === short)).toEqual([]);
  });

  it('never offers a Roman numeral as an acronym', () => {
    const drafts = acronymForm.make(analysisOf('Genocide', COURTS));
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(d.distractors ?? []).not.toContain('II');
  });
});
