import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle } from '../analysis';
import { quoteSpans } from './quotations';

/** Each quotation of a small article as `attribution | speaker | quoted words` ("-" and "?" for none). */
function quotesOf(body: string): string[] {
  const title = 'Article';
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  const analysis = analyzeArticle({ slug: 'article', title, passages, wordCount });
  return analysis.quotes.map((q) => {
    const speaker = q.speakerId ? analysis.names.byId.get(q.speakerId)?.name : undefined;
    return `${q.attribution ?? '-'} | ${speaker ?? '?'} | ${q.text}`;
  });
}

describe('attributeQuotes', () => {
  it.each<[string, string, string[]]>([
    [
      'a "he" is never someone the words themselves name in the third person',
      'Tory MP Nigel Waterson said he was amazed Mr Smith was still in his job. "When Mr Smith and the secretary of state came to give evidence, we were led to believe he was going shortly," he said.',
      [
        '- | ? | When Mr Smith and the secretary of state came to give evidence, we were led to believe he was going shortly,',
      ],
    ],
    [
      'a "he said" after a quotation that names someone else is the speaker before it',
      'Duncan Bannatyne backed Labour in 2001. "Gordon Brown is a great chancellor who has delivered a stable economy." "The people there need practical help not just pledges of money," he said.',
      [
        '- | ? | Gordon Brown is a great chancellor who has delivered a stable economy.',
        'after | Duncan Bannatyne | The people there need practical help not just pledges of money,',
      ],
    ],
    [
      '"…," declared <band>\'s singer <name>: the possessive says whose singer',
      'Linda Kasabian drove the getaway car. "British music needs a kick up the arse and Britain needs a new band," declared Kasabian\'s singer Tom Meighan.',
      [
        'after | Tom Meighan | British music needs a kick up the arse and Britain needs a new band,',
      ],
    ],
    [
      '"…," said <name>, then the same speaker goes on',
      '"It\'s very much something to worry about," said C. Eugene Steuerle, a fellow at the Urban Institute. "Everything else is getting squeezed by the interest bill."',
      [
        "after | C. Eugene Steuerle | It's very much something to worry about,",
        'continuation | C. Eugene Steuerle | Everything else is getting squeezed by the interest bill.',
      ],
    ],
    [
      '"…," <name>, <who they are>, said',
      '"The losers will be the most vulnerable workers in poor countries," Andrew Pendleton, Christian Aid\'s head of trade policy, said.',
      [
        'after | Andrew Pendleton | The losers will be the most vulnerable workers in poor countries,',
      ],
    ],
    [
      '"…," said <title> <name>',
      '"The issue has just disappeared," said Senator Mark Warner, a Virginia Democrat.',
      ['after | Mark Warner | The issue has just disappeared,'],
    ],
    [
      '"…," <name> said',
      'The deployment was debated for months.\n\n"The deployment can be pushed ahead with if the North carries out provocations," Moon Jae-in said in an interview.',
      [
        'after | Moon Jae-in | The deployment can be pushed ahead with if the North carries out provocations,',
      ],
    ],
    [
      '"…," Mr. <surname> said',
      'Jeffrey Frankel, an economist at Harvard, is worried.\n\n"There will eventually be another recession," Mr. Frankel said.',
      ['after | Jeffrey Frankel | There will eventually be another recession,'],
    ],
    [
      '"…," said <organisation>',
      '"We will not back down from this fight," said the Australian Federal Police.',
      ['after | Australian Federal Police | We will not back down from this fight,'],
    ],
    [
      '"…," he said: the person the text is about',
      'President Barack Obama spoke to the BBC. "For us not to be able to resolve that issue has been something that is distressing," he added.',
      [
        'after | Barack Obama | For us not to be able to resolve that issue has been something that is distressing,',
      ],
    ],
    [
      '"…," he told <an outlet>: the outlet is who he told, not who spoke',
      'Jack Straw defended the law. "The law lords are simply wrong to imply that this is a whim of the home secretary," he told BBC Radio 4\'s Today programme.',
      [
        'after | Jack Straw | The law lords are simply wrong to imply that this is a whim of the home secretary,',
      ],
    ],
    [
      '"…," she said',
      'Julie Bishop arrived in Canberra. "The bill is flawed and must be amended," she said.',
      ['after | Julie Bishop | The bill is flawed and must be amended,'],
    ],
    [
      'a quotation of two sentences',
      'President Barack Obama spoke calmly. "One of my strengths is I have a pretty even temperament. I don\'t get too high when it\'s high," he said.',
      [
        "after | Barack Obama | One of my strengths is I have a pretty even temperament. I don't get too high when it's high,",
      ],
    ],
    [
      '<name> said: "…"',
      'Moon Jae-in said: "We need to advance the alliance with the US."',
      ['before | Moon Jae-in | We need to advance the alliance with the US.'],
    ],
    [
      '<opener>, <title> <surname> said: "…"',
      'Marc Goldwein is a policy director.\n\nOn Tuesday, Mr Goldwein said: "That party is ending, and rates are rising."',
      ['before | Marc Goldwein | That party is ending, and rates are rising.'],
    ],
    [
      'a quotation the speech tag interrupts ("…," said <name>, "…") is one quotation',
      'Maria Lopez leads the union. "The new rules for night shifts," said Maria Lopez, "will cost every family more than they save."',
      [
        'after | Maria Lopez | The new rules for night shifts will cost every family more than they save.',
      ],
    ],
    [
      'a second quotation that starts a sentence of its own is not a continuation of the first',
      '"We played well for most of the game," said Mark Hughes. "Next week we need to finish our chances."',
      [
        'after | Mark Hughes | We played well for most of the game,',
        'continuation | Mark Hughes | Next week we need to finish our chances.',
      ],
    ],
    [
      '"…," said the director behind <a film>: a name after a preposition is not the speaker',
      'Oliver Stone flew to Sweden. "Europeans tend to see my films a little differently than critics do in the US," said the director behind JFK, Nixon and Wall Street.',
      ['- | ? | Europeans tend to see my films a little differently than critics do in the US,'],
    ],
    [
      'a quotation the text gives no speaker for',
      'The sign on the door read: "No entry for anyone after midnight tonight."',
      ['- | ? | No entry for anyone after midnight tonight.'],
    ],
    [
      'scare quotes are not quotations',
      'The generals seized power in an operation against "criminals" in his entourage. Ahn was a centrist "outsider" in the race.',
      [],
    ],
  ])('%s', (_, body, expected) => {
    expect(quotesOf(body)).toEqual(expected);
  });
});

describe('quoteSpans', () => {
  it.each<[string, string[]]>([
    ['He called it "balanced diplomacy" with respect to the US.', []],
    [
      '“Press freedom concerns would ideally be addressed in this Bill,” he said.',
      ['Press freedom concerns would ideally be addressed in this Bill,'],
    ],
    [
      '"If you look at the number, it\'s less than 100." Then "the issue" came up.',
      ["If you look at the number, it's less than 100."],
    ],
    // A mark that opens (after a space, before a word) while a quotation is open starts a new one:
    // the first was left unclosed, or continued a paragraph the text runs together.
    [
      '"As they try to go back home, others are trying to relocate their relatives. "When people are crossing these areas, they step on mines." The programme is extremely important, said Rafael Marques of the foundation.',
      [
        'As they try to go back home, others are trying to relocate their relatives.',
        'When people are crossing these areas, they step on mines.',
      ],
    ],
    [
      'Giggs said: "It\'s my 50th cap and I am looking forward to it, and I hope to play a lot more. "It\'s important to be here, all the players feel the same."',
      [
        "It's my 50th cap and I am looking forward to it, and I hope to play a lot more.",
        "It's important to be here, all the players feel the same.",
      ],
    ],
  ])('%s', (text, expected) => {
    expect(quoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});
