import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { articleOf } from './test-support';

function entity(paragraphs: string[], name: string) {
  return analyze(articleOf(paragraphs)).entities.find((e) => e.name === name);
}

describe('entities and aliases', () => {
  it.each([
    [
      'a hyphenated Korean name and its surname',
      ['Moon Jae-in met voters in Busan.', 'Later Moon spoke to reporters about the economy.'],
      'Moon Jae-in',
      'person',
      ['Moon'],
    ],
    [
      'a three-part name',
      ['The resolve of Kim Jong Un was not slowed by the sanctions.'],
      'Kim Jong Un',
      'person',
      [],
    ],
    [
      'a titled name',
      [
        'The impeachment of President Park Geun-hye divided the country.',
        'Opposing Park meant opposing her approach.',
      ],
      'Park Geun-hye',
      'person',
      ['Park'],
    ],
    [
      'a party with a possessive',
      ['Ahn Cheol-soo was the nominee of the People’s Party in the election.'],
      'People’s Party',
      'organization',
      [],
    ],
    [
      'a party named with "of"',
      ['He was the candidate of the Democratic Party of Korea that spring.'],
      'Democratic Party of Korea',
      'organization',
      [],
    ],
    [
      'a newspaper',
      ['He spoke in an interview with the Chosun Ilbo newspaper last week.'],
      'Chosun Ilbo',
      'organization',
      [],
    ],
    [
      'capitals standing for governments',
      [
        'Seoul should not choose between Beijing and Washington, he said.',
        'China opposed the plan.',
      ],
      'China',
      'place',
      ['Beijing'],
    ],
    [
      'the spellings of the United States',
      ['The US said the U.S. would act with the United States Navy.', 'America was silent.'],
      'United States',
      'place',
      ['US', 'U.S.', 'America'],
    ],
    [
      '"the North" once North Korea is named',
      ['North Korea tested a missile.', 'The US demands the North scrap its program.'],
      'North Korea',
      'place',
      ['the North'],
    ],
  ])('merges %s', (_name, paragraphs, name, kind, aliases) => {
    const found = entity(paragraphs, name);
    expect(found?.kind).toBe(kind);
    for (const alias of aliases) expect(found?.aliases).toContain(alias);
  });

  it('keeps a person named after a concept apart from the concept', () => {
    const analysis = analyze(
      articleOf([
        'Joseph Atkinson ran the paper for decades.',
        'Staff follow the Atkinson Principles to this day.',
      ]),
    );
    expect(analysis.entities.find((e) => e.name === 'Joseph Atkinson')?.aliases).not.toContain(
      'Atkinson Principles',
    );
  });

  it('defines acronyms with their long forms', () => {
    const analysis = analyze(
      articleOf([
        'Moon backed the Terminal High Altitude Area Defense (THAAD) battery.',
        'Beijing denounced THAAD.',
      ]),
    );
    const thaad = analysis.entities.find((e) => e.name === 'THAAD');
    expect(thaad?.kind).toBe('acronym');
    expect(thaad?.expansion).toBe('Terminal High Altitude Area Defense');
    expect(thaad?.mentions.length).toBeGreaterThanOrEqual(2);
  });
});

describe('pronoun subjects', () => {
  it.each([
    [
      'the subject of the sentence before',
      ['Ahn Cheol-soo called for parliamentary approval.', 'He advised that Seoul should wait.'],
      'He advised',
      'person:Ahn Cheol-soo',
    ],
    [
      'the person in focus across a paragraph break',
      [
        'Moon Jae-in said that talks should resume.',
        'He supports a peninsula free of nuclear weapons.',
      ],
      'He supports',
      'person:Moon Jae-in',
    ],
    [
      'nobody when two people were named and neither was the subject',
      [
        'The talks between Moon Jae-in and Ahn Cheol-soo ended in Seoul.',
        'He supports a referendum on the plan.',
      ],
      'He supports',
      undefined,
    ],
  ])('resolve to %s', (_name, paragraphs, opening, subjectId) => {
    const analysis = analyze(articleOf(paragraphs));
    const fact = analysis.facts.find((f) =>
      analysis.sentenceById.get(f.sentenceId)?.text.startsWith(opening),
    );
    expect(fact).toBeDefined();
    expect(fact?.subjectId).toBe(subjectId);
  });

  it('resolve "they" to the one group the sentence names', () => {
    const analysis = analyze(
      articleOf([
        'The progressives met often and the progressives argued.',
        "Although South Korea's progressives are not planning to break the alliance, they are trying to build an independent policy.",
      ]),
    );
    const fact = analysis.facts.find((f) => f.subjectPronoun === 'they');
    expect(fact?.subjectId).toBe('group:the progressives');
  });
});

describe('quotations', () => {
  const analysis = analyze(
    articleOf([
      'Moon Jae-in spoke to the press on Monday about the talks.',
      '"Tension between the two countries could increase in the region," he said, touching upon the new administration. "We need to advance the alliance while developing the partnership."',
      'Moon said 20 April 2017, “With regard to China, we should make it clear that a nuclear test changes everything.”',
      'The editor wrote that the plan was sound.',
    ]),
  );

  it.each([
    ['Tension between the two countries', 'after'],
    ['We need to advance the alliance', 'continuation'],
    ['With regard to China', 'before'],
  ])('attributes %j (%s) to Moon Jae-in without altering it', (opening, attribution) => {
    const quote = analysis.quotes.find((q) => q.text.startsWith(opening));
    expect(quote?.speakerId).toBe('person:Moon Jae-in');
    expect(quote?.attribution).toBe(attribution);
    const passage = analysis.passageById.get(quote!.passageId)!;
    expect(passage.text.slice(quote!.start, quote!.end)).toBe(quote!.text);
  });

  it('keeps the date of the attributing clause', () => {
    expect(analysis.quotes.find((q) => q.text.startsWith('With regard'))?.date?.label).toBe(
      '20 April 2017',
    );
  });

  it('does not treat two-word scare quotes as quotations', () => {
    const scare = analyze(
      articleOf(['Moon called for what they call "balanced diplomacy" with China.']),
    );
    expect(scare.quotes).toEqual([]);
  });
});

describe('facts', () => {
  it.each([
    [
      'splits a coordinated predicate',
      'Ahn Cheol-soo called for parliamentary approval and also suggested a referendum concerning deployment.',
      ['call', 'suggest'],
    ],
    [
      'reads an appositive as a "was" fact',
      'Moon, a former chairman of the Democratic Party of Korea, said that talks must resume.',
      ['say', 'be'],
    ],
    [
      'reads a closing participle',
      '"I will persuade China to resume the six-party talks," Moon Jae-in said, stressing Seoul should take the initiative.',
      ['stress'],
    ],
  ])('%s', (_name, text, lemmas) => {
    const analysis = analyze(
      articleOf(['Moon Jae-in is a politician from Busan in the south.', text]),
    );
    const sentence = analysis.sentences[1]!;
    expect(
      analysis.factsBySentence
        .get(sentence.id)
        ?.map((f) => f.verb.lemma)
        .sort(),
    ).toEqual([...lemmas].sort());
  });

  it('dates a clause only by its own dates, not by an aside', () => {
    const analysis = analyze(
      articleOf([
        'The Civil Government, which came to power in December 1971, gave the nation an interim Constitution in the year 1972.',
      ]),
    );
    expect(analysis.facts[0]?.dates.map((d) => d.label)).toEqual(['1972']);
  });

  it('marks negated clauses', () => {
    const analysis = analyze(
      articleOf(['The Constitution does not allow for the dissolution of the Senate.']),
    );
    expect(analysis.facts[0]?.verb.negated).toBe(true);
  });
});
