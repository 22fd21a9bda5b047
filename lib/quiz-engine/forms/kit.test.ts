import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle } from '../analysis';
import {
  bareDefinite,
  contentWords,
  evidenceNaming,
  inAside,
  isWhole,
  mentionsName,
  needsContext,
  overlap,
  pickVaried,
} from './kit';

describe('needsContext: a stem or statement must stand alone', () => {
  it.each<[string, boolean]>([
    // Pronouns and demonstratives whose referent is outside the text.
    ['he suggested a referendum', true],
    ['It was the largest city', true],
    ['praised this decision', true],
    ['visited those provinces', true],
    ['such a plan', true],
    ['that idea was popular', true],
    ['said that was wrong', true],
    ['did so in 2017', true],
    // A connective of more than one word.
    ['In addition, the board approved £13.4m for the hospital', true],
    ['As a result, prices rose in Wales', true],
    // "though" as an adverb answers what came before; opening a clause it does not.
    ['is needed though and is expensive', true],
    ['For console developers though, HD offers changes', true],
    ['Voting went ahead even though rain fell', false],
    // Similar to, or other than, what came before.
    ['Similar rises have been seen in Spain', true],
    ['rises have been seen in many other European nations', true],
    ['the climate is similar to France', false],
    ['France and other European nations signed', false],
    ['Moon and Abe met each other in Geneva', false],
    ['the following year', true],
    // "the former …", "the latter" point back; "a former …" is an ex-something.
    ['the former guerrilla leader', true],
    ['the former said no', true],
    ['the latter won', true],
    ['a former guerrilla leader', false],
    ['Both schemes will be run by local councils', true],
    ['One problem is the price of the handsets', true],
    ['The 62-year-old played for 12 minutes', true],
    ['Paul McCartney, 62, played for 12 minutes', false],
    // A sentence about the one before, or the writer talking to the reader.
    ['That’s because Treasury bonds are still the favored port of investors', true],
    ['This is why the Fed raised rates', true],
    ['First, let’s say what the Yahoo sale is not', true],
    ['That decision was taken by the Fed in 2015', true],
    // "nearby", "the same", "the remaining": placed only relative to what came before.
    ['officials ordered a halt to work on the nearby Nu River', true],
    ['the same day the dam opened', true],
    ['the remaining 26 projects failed', true],
    // "the agreement", "the deal", "the move" point back unless the words after say which one.
    ['criticised the agreement', true],
    ['opposed the deal', true],
    ['the move', true],
    ['the plan', true],
    ['signed the deal with Japan', false],
    ['backed the plan to cut taxes', false],
    ['the decision to leave', false],
    ['the issue of taxes', false],
    // Empty "it", "one of", "the next year", "that" opening a clause, words inside quotation marks.
    ['it is estimated that 20 people died', false],
    // A contracted pronoun is still a pronoun; a possessive is still a name.
    ["It's the largest city in Montana", true],
    ["He's a former minister of Kenya", true],
    ["It's estimated that 20 people died", false],
    ["Tunisia's economy grew in 2014", false],
    ['It is possible to travel by train', false],
    // A raising "it" stands for something named before: the buyer, the project.
    ['It is reported to be keen on buying a 15% stake', true],
    ['It is likely to cost more than planned', true],
    ['one of the largest cities', false],
    ['the next election', false],
    ['the next year', false],
    ['said that the army would leave', false],
    ['Moon said "he is wrong"', false],
    ['said “they will win the vote”', false],
    ['suggested a referendum on the missile system', false],
    // Plurals of those nouns, "the recent …", an example of something said before, a bare quantifier.
    ['The Lib Dems oppose the plans', true],
    ['The recent falls have been the result of big budget deficits', true],
    ['In Serbia, for example, leaders backed the ink', true],
    ['All were arrested because of a family connection', true],
    ['All seven men were arrested', false],
    ['Most of the votes were counted', true],
    ['the plans for a new airport', false],
  ])('%s → %s', (text, expected) => {
    expect(needsContext(text)).toBe(expected);
  });

  it.each<[string, string[], boolean]>([
    ['unveiled his plan for talks', [], true],
    ['unveiled his plan for talks', ['his'], false],
    ['unveiled her plan for talks', ['his'], true],
    ['backed their candidate', ['their'], false],
  ])('%s, allowing %j → %s', (text, allow, expected) => {
    expect(needsContext(text, new Set(allow))).toBe(expected);
  });
});

describe('bareDefinite: a subject that only points back', () => {
  it.each<[string, boolean]>([
    ['The firm', true],
    ['the movie', true],
    ['The developer', true],
    ['That PC', true],
    ['The railway company', false],
    ['The government', false],
    ['The Senate', false],
    ['The economy', false],
    ['Nasa', false],
  ])('%s → %s', (subject, expected) => {
    expect(bareDefinite(subject)).toBe(expected);
  });
});

describe('isWhole: a predicate that reads as a whole clause', () => {
  it.each<[string, boolean]>([
    ['a referendum on the missile system', true],
    ['supports a hard line on North Korea', true],
    ['the city of Tokyo', true],
    ['the (new) plan', true],
    ['a list [of names]', true],
    ['the (new plan', false],
    ['a list [of names', false],
    ['said "we will', false],
    ['talks with', false],
    ['the leader of the', false],
    ['more and more', false],
    ['was very', false],
    ['two cities, such as', false],
    ['and also', false],
  ])('%s → %s', (text, expected) => {
    expect(isWhole(text)).toBe(expected);
  });
});

describe('contentWords: the words that carry a claim', () => {
  it.each<[string, string[]]>([
    // Stop words and short words go; common endings fold.
    ['Moon Jae-in proposed the plans', ['moon', 'jae', 'propos', 'plan']],
    ['It is a big city in the US', ['big', 'city']],
    ['the houses and the house', ['hous']],
    ['Talks were talked', ['talk']],
  ])('%s', (text, words) => {
    expect([...contentWords(text)].sort()).toEqual([...words].sort());
  });

  it('folds tenses together, so a restated claim overlaps its sentence', () => {
    expect([...contentWords('proposed')]).toEqual([...contentWords('proposes')]);
    const claim = contentWords('Moon Jae-in proposes talks with North Korea');
    expect(overlap(claim, contentWords('Moon Jae-in proposed talks with North Korea.'))).toBe(1);
    expect(overlap(claim, contentWords('Hong Joon-pyo supports a hard line.'))).toBe(0);
  });
});

describe('mentionsName: whole words, any case, a leading "the" optional', () => {
  it.each<[string, string, boolean]>([
    ['Mr Mugabe met the generals', 'Mugabe', true],
    ['the United Nations said', 'the United Nations', true],
    ['North Korea tested a missile', 'Korea', true],
    ['Mugabes are', 'Mugabe', false],
    ['Koreans voted', 'Korea', false],
  ])('%s ∋ %s → %s', (text, name, expected) => {
    expect(mentionsName(text, name)).toBe(expected);
  });
});

describe('pickVaried: wrong options from the best of a ranked pool', () => {
  const pool = ['a', 'b', 'c', 'd', 'e', 'f'];

  it('a pool no larger than asked is used whole, as a copy', () => {
    const small = ['a', 'b'];
    const picked = pickVaried(small, 3, 'x');
    expect(picked).toEqual(['a', 'b']);
    expect(picked).not.toBe(small);
  });

  it.each(['x', 'y', 'z', 'w', 'salt'])(
    'salt %s: the count asked for, distinct, from the best few',
    (salt) => {
      const picked = pickVaried(pool, 3, salt);
      expect(picked).toHaveLength(3);
      expect(new Set(picked).size).toBe(3);
      // Only the best count + 2 are candidates.
      for (const p of picked) expect(['a', 'b', 'c', 'd', 'e']).toContain(p);
      // The same salt always picks the same.
      expect(pickVaried(pool, 3, salt)).toEqual(picked);
    },
  );

  it('different salts vary the choice', () => {
    const picks = new Set(['x', 'y', 'z', 'w', 'salt'].map((s) => pickVaried(pool, 3, s).join()));
    expect(picks.size).toBeGreaterThan(1);
  });
});

describe('inAside: a relative clause set off by a comma is background to its sentence', () => {
  const text =
    'In Bethnal Green, Robert Mugabe is standing against Grace Mugabe, who had a 10,000-vote majority in 2001.';
  const { passages, wordCount } = segmentArticle(`Zimbabwe\n\n${text}\n`);
  const analysis = analyzeArticle({ slug: 'a', title: 'Zimbabwe', passages, wordCount });
  const sentence = analysis.doc.sentences[0]!;
  const at = (word: string) => {
    const i = sentence.tokens.findIndex((t) => t.text.startsWith(word));
    return { start: i, end: i + 1 };
  };

  it('what the aside says is in it; the main clause is not', () => {
    expect(inAside(analysis, sentence, at('2001'))).toBe(true);
    expect(inAside(analysis, sentence, at('Bethnal'))).toBe(false);
    expect(inAside(analysis, sentence, at('Robert'))).toBe(false);
  });

  it('nothing is an aside of the aside itself, asked as its own claim', () => {
    const aside = analysis.clausesBySentence.get(sentence.id)!.find((c) => c.role === 'relative')!;
    expect(inAside(analysis, sentence, at('2001'), aside.predicate)).toBe(false);
  });
});

describe('evidenceNaming: the evidence writes in full a name that is the key', () => {
  const text = [
    'Giggs admits he considered retirement from the international game.',
    'Wales play Hungary in Cardiff on Wednesday.',
    '"I think it is appropriate that Ryan Giggs will be captain," Toshack said.',
  ].join(' ');
  const { passages, wordCount } = segmentArticle(`Wales\n\n${text}\n`);
  const analysis = analyzeArticle({ slug: 'a', title: 'Wales', passages, wordCount });
  const [asked, , full] = analysis.doc.sentences;
  const giggs = [...analysis.names.byId.values()].find((e) => e.name === 'Ryan Giggs')!;

  it('a sentence with the surname only is cited with the first one that writes it whole', () => {
    expect(evidenceNaming(analysis, asked!, giggs.id, { writesName: true })).toEqual([
      asked!.id,
      full!.id,
    ]);
    // Where the name is not the key, the sentence that names the entity is enough.
    expect(evidenceNaming(analysis, asked!, giggs.id)).toEqual([asked!.id]);
  });

  it('a sentence that writes it whole is cited alone', () => {
    expect(evidenceNaming(analysis, full!, giggs.id, { writesName: true })).toEqual([full!.id]);
  });
});
