import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { annotate } from '../nlp/annotate';
import { spanText } from '../nlp/spans';
import { findAcronyms } from './acronyms';
import { parseClauses } from './clauses';
import { findNames } from './names';
import { quotedTokens } from './quotations';

/**
 * The clauses of a one-sentence article, each written `role | subject | verb | predicate`, with
 * `| unreliable` when the parse is flagged as a guess. An appositive has no verb of its own ("").
 */
function clausesOf(text: string): string[] {
  const { passages } = segmentArticle(`Article\n\n${text}\n`);
  const doc = annotate(passages);
  const acronyms = doc.sentences.flatMap((s) =>
    findAcronyms(s.text).map((a) => ({ ...a, sentenceId: s.id })),
  );
  const names = findNames(doc, acronyms);
  const [sentence] = doc.sentences;
  expect(sentence?.text).toBe(text);
  return parseClauses(
    sentence!,
    names.bySentence.get(sentence!.id) ?? [],
    quotedTokens(passages),
  ).map((c) =>
    [
      c.role,
      spanText(sentence!, c.subject),
      c.verb.text,
      spanText(sentence!, c.predicate),
      ...(c.reliable ? [] : ['unreliable']),
    ].join(' | '),
  );
}

describe('parseClauses', () => {
  it.each<[string, string[]]>([
    // "and" joins the nearest verb ("markets", what was said), not the clause's own "has said".
    [
      'Rockstar Games, the makers of Manhunt, has said in the past it markets its games responsibly and only targets its adverts at adults.',
      [
        'main | Rockstar Games | has said | in the past it markets its games responsibly',
        'appositive | Rockstar Games |  | the makers of Manhunt',
        'coordinate | Rockstar Games | only targets | its adverts at adults | unreliable',
      ],
    ],
    // A relative clause after an object has no verb of the main clause after it ("saw" is the
    // verb of "…'s victory", inside "after").
    [
      "Ampas decided to limit the number of producers who could be nominated after Shakespeare in Love's victory in 1999 saw five producers collect awards.",
      [
        "main | Ampas | decided | to limit the number of producers who could be nominated after Shakespeare in Love's victory in 1999 saw five producers collect awards",
        "relative | the number of producers | could be nominated | after Shakespeare in Love's victory in 1999 saw five producers collect awards | unreliable",
      ],
    ],
    // "MPs and peers": the second is a noun of a list, not a verb joined to "is being sent".
    [
      'An explanation is being sent by Charles Clarke to all MPs and peers ahead of the final debate.',
      [
        'main | An explanation | is being sent | by Charles Clarke to all MPs',
        'coordinate | An explanation | peers | ahead of the final debate | unreliable',
      ],
    ],
    // A clause never takes its subject across a semicolon.
    [
      'In Britain that would be a bad year; in Germany it is one of the best in recent years.',
      ['relative | Britain | would be | a bad year | unreliable'],
    ],
    [
      'The troops who seized power arrested the ministers.',
      [
        'relative | The troops | seized | power | unreliable',
        'main | The troops | arrested | the ministers',
      ],
    ],
    // ", and" after a relative clause may go back to the clause it interrupts (Scholes was dead).
    [
      'It picked out the case of Joseph Scholes, who hanged himself in March 2002, and urged the home secretary to hold a public inquiry.',
      [
        'main | It | picked out | the case of Joseph Scholes',
        'relative | Joseph Scholes | hanged | himself in March 2002',
        'coordinate | Joseph Scholes | urged | the home secretary to hold a public inquiry | unreliable',
      ],
    ],
    // A list of people with their roles: none of the phrases says what the name before it is.
    [
      "In the 19th century there followed innovation by Jane Austen, the gothic novelist Mary Shelley, the children's writer Lewis Carroll, the Brontë sisters, the social campaigner Charles Dickens and the poet William Blake.",
      [],
    ],
    [
      'In 2005, Moon, a former lawyer, said the talks had failed.',
      ['main | Moon | said | the talks had failed', 'appositive | Moon |  | a former lawyer'],
    ],
    [
      'At the Golden Globes, Mr Evans evaded a security guard to have his photo taken with DiCaprio, director Martin Scorsese, Mr Mann and Mr King.',
      [
        'main | Mr Evans | evaded | a security guard to have his photo taken with DiCaprio, director Martin Scorsese, Mr Mann and Mr King',
      ],
    ],
    // A team sheet: "A Foley" after a comma is another player (an initial), not what J O'Connor is.
    [
      "G Dempsey; G Murphy, B O'Driscoll (capt), S Horgan; J Hayes, S Easterby, J O'Connor, A Foley.",
      [],
    ],
    // "launched a legal campaign against websites that helped people swap pirated movies": a noun
    // after a verb is its object; "pirated" (read as a verb) does not make it a subject.
    [
      'In late December movie studios launched a legal campaign against websites that helped people swap pirated movies using the BitTorrent network.',
      [
        'relative | a legal campaign against websites | helped | people swap pirated movies using the BitTorrent network | unreliable',
      ],
    ],
    // After ", but", a verb with no subject of its own goes with the clause that doubted, not the doubt.
    [
      'Mr Strauss doubted whether Rock would make an impact, but added that lower ratings did not matter.',
      [
        'main | Mr Strauss | doubted | whether Rock would make an impact',
        'embedded | Rock | would make | an impact',
        'coordinate | Mr Strauss | added | that lower ratings did not matter',
        'embedded | lower ratings | did not matter | ',
      ],
    ],
    // "which" after the last member of a list may be about all of them.
    [
      "New York City's higher education network comprises over 120 colleges and universities, including Columbia University, New York University, and Rockefeller University, which have been ranked among the top 35 in the world.",
      [
        "main | New York City's higher education network | comprises | over 120 colleges and universities",
        'relative | Rockefeller University | have been ranked | among the top 35 in the world | unreliable',
      ],
    ],
    // A plain main clause; copula and passive.
    [
      'New York is the most populous city in the United States.',
      ['main | New York | is | the most populous city in the United States'],
    ],
    // A participle completing "left his jaw" is no clause of its own; "The man who stole the car fled" has two.
    [
      'He was hurt in the crash that left his jaw fractured in three places.',
      [
        'main | He | was | hurt in the crash that left his jaw fractured in three places',
        'relative | the crash | left | his jaw fractured in three places | unreliable',
      ],
    ],
    [
      'New York City was named New Amsterdam in 1626.',
      ['main | New York City | was named | New Amsterdam in 1626'],
    ],
    [
      'The Constitution does not allow for the dissolution of the Senate.',
      ['main | The Constitution | does not allow | for the dissolution of the Senate'],
    ],
    [
      'Several sources have ranked New York the most photographed city in the world.',
      ['main | Several sources | have ranked | New York the most photographed city in the world'],
    ],
    // Openers: a prepositional phrase, a date, a participle phrase.
    [
      'In the precolonial era, the area was inhabited by various bands of Algonquian tribes.',
      ['main | the area | was inhabited | by various bands of Algonquian tribes'],
    ],
    [
      'In 1948, the UN General Assembly adopted the Convention on the Prevention and Punishment of the Crime of Genocide.',
      [
        'main | the UN General Assembly | adopted | the Convention on the Prevention and Punishment of the Crime of Genocide',
      ],
    ],
    [
      "Situated on one of the world's largest natural harbors, New York City consists of five boroughs.",
      ['main | New York City | consists | of five boroughs'],
    ],
    [
      'During the Wisconsinan glaciation, the New York City region was situated at the edge of a large ice sheet.',
      ['main | the New York City region | was situated | at the edge of a large ice sheet'],
    ],
    // Appositives between commas.
    // A name in apposition names the subject; it does not say what the subject is.
    [
      'The priest, Fidelis Mukonori, is acting as a middle-man between Mr Mugabe and the generals.',
      ['main | The priest | is acting | as a middle-man between Mr Mugabe and the generals'],
    ],
    [
      'Giovanni da Verrazzano, a Florentine explorer, sailed his ship into New York Harbor.',
      [
        'main | Giovanni da Verrazzano | sailed | his ship into New York Harbor',
        'appositive | Giovanni da Verrazzano |  | a Florentine explorer',
      ],
    ],
    [
      'The group uses satellites from Nasa, the European Space Agency and the Disaster Monitoring Constellation.',
      [
        'main | The group | uses | satellites from Nasa, the European Space Agency and the Disaster Monitoring Constellation',
      ],
    ],
    [
      'Mr Mugabe, still seen by many Africans as a liberation hero, is reviled in the West as a despot.',
      ['main | Mr Mugabe | is reviled | in the West as a despot'],
    ],
    // "that"-clauses and complements without "that".
    [
      'The USSR argued that the definition should follow the etymology of the term.',
      [
        'main | The USSR | argued | that the definition should follow the etymology of the term',
        'embedded | the definition | should follow | the etymology of the term',
      ],
    ],
    [
      'Geng claimed that a confidential report was sent to the State Seismological Bureau on April 30, 2008.',
      [
        'main | Geng | claimed | that a confidential report was sent to the State Seismological Bureau on April 30, 2008',
        'embedded | a confidential report | was sent | to the State Seismological Bureau on April 30, 2008',
      ],
    ],
    [
      'The Press Council said the laws would crush investigative journalism.',
      [
        'main | The Press Council | said | the laws would crush investigative journalism',
        'embedded | the laws | would crush | investigative journalism',
      ],
    ],
    [
      'Ahn Cheol-soo advised that Seoul should not choose between Beijing and Washington.',
      [
        'main | Ahn Cheol-soo | advised | that Seoul should not choose between Beijing and Washington',
        'embedded | Seoul | should not choose | between Beijing and Washington',
      ],
    ],
    // Relative clauses: a non-restrictive one is a clause of its own; a restrictive one stays in its noun.
    [
      "Ahn Cheol-soo, who was the 2017 presidential nominee of the People's Party, called for parliamentary approval.",
      [
        "relative | Ahn Cheol-soo | was | the 2017 presidential nominee of the People's Party",
        'main | Ahn Cheol-soo | called | for parliamentary approval',
      ],
    ],
    [
      'Genghis Khan conquered the Western Xia, which had resisted for decades.',
      [
        'main | Genghis Khan | conquered | the Western Xia',
        'relative | the Western Xia | had resisted | for decades',
      ],
    ],
    [
      'The monarch is Queen Elizabeth II, who has reigned since 6 February 1952.',
      [
        'main | The monarch | is | Queen Elizabeth II',
        'relative | Queen Elizabeth II | has reigned | since 6 February 1952',
      ],
    ],
    [
      'Northern Ireland is the only part of the United Kingdom that shares a land border with another sovereign state.',
      [
        'main | Northern Ireland | is | the only part of the United Kingdom that shares a land border with another sovereign state',
        'relative | the only part of the United Kingdom | shares | a land border with another sovereign state | unreliable',
      ],
    ],
    // Subordinate clauses: cause, concession, place, time.
    [
      'The Senate was created because the membership of the National Assembly was based on population.',
      [
        'main | The Senate | was created | ',
        'subordinate | the membership of the National Assembly | was based | on population',
      ],
    ],
    [
      'The earthquake left about 4.8 million people homeless, though the number could be as high as 11 million.',
      [
        'main | The earthquake | left | about 4.8 million people homeless',
        'subordinate | the number | could be | as high as 11 million',
      ],
    ],
    [
      'The earthquake was felt in Beijing, where office buildings swayed.',
      [
        'main | The earthquake | was felt | in Beijing',
        'subordinate | office buildings | swayed | ',
      ],
    ],
    [
      'The priest is acting as a middle-man while the generals hold power.',
      [
        'main | The priest | is acting | as a middle-man',
        'subordinate | the generals | hold | power',
      ],
    ],
    // Coordination: the second predicate shares the first one's subject.
    [
      'Ahn Cheol-soo called for parliamentary approval and also suggested a referendum concerning THAAD deployment.',
      [
        'main | Ahn Cheol-soo | called | for parliamentary approval',
        'coordinate | Ahn Cheol-soo | also suggested | a referendum concerning THAAD deployment',
      ],
    ],
    [
      'Mr Obama has pushed for stricter gun control but has been unable to secure any significant changes.',
      [
        'main | Mr Obama | has pushed | for stricter gun control',
        'coordinate | Mr Obama | has been | unable to secure any significant changes',
      ],
    ],
    [
      'The Ming initiated sporadic armed intervention in Tibet, but did not garrison permanent troops there.',
      [
        'main | The Ming | initiated | sporadic armed intervention in Tibet',
        'coordinate | The Ming | did not garrison | permanent troops there',
      ],
    ],
    [
      'The earthquake generated deformations of the surface and increased the stress at the ends of the fault.',
      [
        'main | The earthquake | generated | deformations of the surface',
        'coordinate | The earthquake | increased | the stress at the ends of the fault',
      ],
    ],
    // A trailing attribution is not part of the claim.
    [
      'Mr Mugabe is resisting mediation by a Catholic priest, a source said.',
      ['main | Mr Mugabe | is resisting | mediation by a Catholic priest'],
    ],
    [
      'The committee has already received dozens of submissions, officials said.',
      ['main | The committee | has already received | dozens of submissions'],
    ],
    [
      'Opposition leader Morgan Tsvangirai returned to Harare late on Wednesday, his spokesman said.',
      ['main | Opposition leader Morgan Tsvangirai | returned | to Harare late on Wednesday'],
    ],
    [
      'The cost of interest is on track to hit $390 billion next year, according to the Congressional Budget Office.',
      ['main | The cost of interest | is | on track to hit $390 billion next year'],
    ],
    // A participle phrase after a comma comments on the claim; it is not part of it.
    [
      'The city received a record 56 million tourists in 2014, hosting three of the most visited attractions.',
      ['main | The city | received | a record 56 million tourists in 2014'],
    ],
  ])('%s', (text, expected) => {
    expect(clausesOf(text)).toEqual(expected);
  });

  it('marks clauses inside quotation marks', () => {
    const { passages } = segmentArticle(
      'Article\n\n"We need to advance the alliance with the US," he said.\n',
    );
    const doc = annotate(passages);
    const sentence = doc.sentences[0]!;
    const names = findNames(doc, []);
    const clauses = parseClauses(
      sentence,
      names.bySentence.get(sentence.id) ?? [],
      quotedTokens(passages),
    );
    const need = clauses.find((c) => c.verb.text === 'need');
    expect(need && spanText(sentence, need.subject)).toBe('We');
    expect(need?.quoted).toBe(true);
    expect(clauses.filter((c) => c.verb.text === 'said').every((c) => !c.quoted)).toBe(true);
  });
});
