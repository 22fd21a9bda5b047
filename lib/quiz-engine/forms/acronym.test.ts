import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import { acronymForm, spellsOut } from './acronym';

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

describe('acronymForm: what an acronym stands for', () => {
  it.each<[string, string, string, string, string]>([
    // [what it shows, title, body, short form, long form]
    [
      'from the seed article: a weapon system',
      'THAAD',
      THAAD,
      'THAAD',
      'Terminal High Altitude Area Defense',
    ],
    [
      'opinion: a long form with a comma in it',
      'Data retention',
      MEDIA,
      'AFP',
      'Australian Federal Police',
    ],
    [
      'encyclopedia: an acronym defined twice is one fact',
      'Genocide',
      COURTS,
      'ICC',
      'International Criminal Court',
    ],
  ])('%s', (_, title, body, short, long) => {
    const analysis = analysisOf(title, body);
    const drafts = acronymForm.make(analysis);
    expect(spellsOut(short, long)).toBe(true);

    const expand = drafts.filter((d) => d.prompt === `What does ${short} stand for?`);
    expect(expand).toHaveLength(1);
    expect(expand[0]!.key).toBe(long);
    const wrong = expand[0]!.distractors ?? [];
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    expect(wrong).not.toContain(long);
    // Every wrong expansion spells the acronym too: one word changed for another word of the article.
    const keyWords = long.split(/\s+/);
    for (const option of wrong) {
      expect(spellsOut(short, option)).toBe(true);
      const words = option.split(/\s+/);
      expect(words).toHaveLength(keyWords.length);
      const changed = words.filter((w, i) => w !== keyWords[i]);
      expect(changed).toHaveLength(1);
      expect(body).toContain(changed[0]!);
    }
    // Its letters give the acronym for the long form away: that direction is not asked.
    expect(drafts.filter((d) => d.key === short)).toEqual([]);
    const proof = analysis.doc.sentenceById.get(expand[0]!.evidence[0]!)!.text;
    expect(proof).toContain(`${long} (${short})`);
  });

  it("an acronym that is not its initials is asked both ways, with the article's other ones", () => {
    const body =
      'The Pakistan Muslim League-Nawaz (PML-N) won the election. The Pakistan Peoples Party (PPP) came second. The Awami National Party (ANP) lost seats. The Muttahida Qaumi Movement (MQM) held Karachi.';
    expect(spellsOut('PML-N', 'Pakistan Muslim League-Nawaz')).toBe(false);
    const drafts = acronymForm.make(analysisOf('Pakistan votes', body));
    const abbreviate = drafts.filter(
      (d) => d.prompt === 'Which acronym does the article use for “Pakistan Muslim League-Nawaz”?',
    );
    expect(abbreviate).toHaveLength(1);
    expect(abbreviate[0]!.key).toBe('PML-N');
    for (const s of abbreviate[0]!.distractors ?? []) {
      expect(s).toMatch(/^\p{Lu}[\p{Lu}-]+$/u);
      expect(body).toContain(s);
    }
  });

  it.each<[string, string, string, string]>([
    // [why not, title, body, an acronym never asked about]
    ['an acronym the article uses but never writes out', 'THAAD', THAAD, 'UN'],
    [
      'an acronym of its initials, and no word of the article to vary one of them with',
      'Zimbabwe',
      ZIMBABWE,
      'ZANU-PF',
    ],
    [
      'too few other definitions to make wrong expansions',
      'US debt',
      'The Congressional Budget Office (CBO) expects higher rates. The Federal Reserve raised rates. The CBO publishes forecasts twice a year.',
      'CBO',
    ],
    [
      'an acronym everyone knows (one compromise knows by itself)',
      'Alliance',
      'The North Atlantic Treaty Organization (NATO) met the World Trade Organization (WTO) and the National Audit Office (NAO) in Brussels. The African Union, the Oil Producers Council and the Nuclear Test Agency also attended the Atlantic Trade Summit.',
      'NATO',
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
