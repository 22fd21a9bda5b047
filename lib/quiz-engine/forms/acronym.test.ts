import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import { acronymForm, spellsOut } from './acronym';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

const THAAD =
  "The United States deployed the Terminal High Altitude Area Defense (THAAD) system in 2017. The North Atlantic Treaty Organization (NATO) watched closely. The Democratic People's Republic of Korea (DPRK) condemned the move. The UN Security Council met in New York. China said THAAD radars could see into its territory.";
const MEDIA =
  'The Australian Federal Police (AFP) can access metadata without a warrant. The Media, Entertainment and Arts Alliance (MEAA) opposed the bill. The Australian Security Intelligence Organisation (ASIO) backed it. The AFP made 3,000 requests last year.';
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
      'The Pakistan Muslim League-Nawaz (PML-N) won the election. The Pakistan Peoples Party (PPP) came second. The Awami National Party (ANP) lost seats. The Muttahida Qaumi Movement (MQM) held Karachi. The PML-N formed the government.';
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

  it('ranked low: an acronym defined and never written again (a detail of one sentence)', () => {
    const body =
      'The Royal College of Nursing (RCN) backed the plan. The British Medical Association (BMA) opposed it. The BMA said doctors were overworked. The Christian Medical Fellowship (CMF) stayed silent. The BMA will ballot its members. The Bristol Nursing Academy trains nurses. The Catholic Mission Foundation met.';
    const drafts = acronymForm.make(analysisOf('Nurses', body));
    const score = (short: string) =>
      drafts.find((d) => d.prompt === `What does ${short} stand for?`)?.score;
    expect(score('BMA')).toBeDefined();
    expect(score('CMF')).toBeDefined();
    expect(score('CMF')!).toBeLessThan(score('BMA')! / 2);
    // "College" heads "Royal College of Nursing": an adjective never takes its place.
    expect(drafts.flatMap((d) => d.distractors ?? [])).not.toContain('Royal Catholic of Nursing');
  });

  it('not asked: the acronym for a long form whose initials spell it in order', () => {
    const body =
      "The Conseil Superieur de l'Audiovisuel (CSA), the French regulator, approved the plan. The Federal Communications Commission (FCC) did not. The CSA will review it. The FCC fined the firm. The European Broadcasting Union (EBU) and the BBC agreed.";
    const drafts = acronymForm.make(analysisOf('Regulators', body));
    expect(drafts.filter((d) => d.key === 'CSA')).toEqual([]);
  });

  it('a wrong expansion never borrows a name of its own, nor a word of a person or a place ("Consumer Electronics Sony")', () => {
    const body =
      'The Consumer Electronics Show (CES) opened in Las Vegas. Sony and Seagate showed new players at the Electronics Exhibition. The Consumer Technology Society met too. Visitors to CES saw the Electronics Service. CES closes on Sunday. Mayor Sam Smith opened it, as he did in Seattle.';
    const drafts = acronymForm.make(analysisOf('Gadgets', body));
    expect(drafts.map((d) => d.prompt)).toEqual(['What does CES stand for?']);
    for (const d of drafts)
      for (const option of d.distractors ?? [])
        expect(option).not.toMatch(/\b(?:Sony|Seagate|Sam|Smith|Seattle)\b/);
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
