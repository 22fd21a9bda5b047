import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import type { Draft } from './kit';
import { optionName } from './options';
import { whoForm } from './who';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

/** The text of the sentence a draft asks about (its last proving sentence). */
function askedSentence(analysis: Analysis, draft: Draft): string {
  return analysis.doc.sentenceById.get(draft.evidence[draft.evidence.length - 1] ?? '')?.text ?? '';
}

/** The kind of the entity an option names, as the article knows it. */
function kindOf(analysis: Analysis, option: string): string | undefined {
  return analysis.names.entities.find((e) => optionName(e) === option)?.kind;
}

const KOREA_RIVALS =
  'Ahn Cheol-soo suggested a referendum on the missile system. Hong Joon-pyo supports a hard line on North Korea.';

describe('whoForm: the actor of a clause, asked from its predicate', () => {
  it.each<[string, string, string, string, string, string[], string[]]>([
    // [what it shows, title, body, prompt, key, the only acceptable wrong options, never an option]
    [
      'a person, from the seed article',
      'Korea talks',
      'Moon Jae-in unveiled a plan for talks with North Korea. Ahn Cheol-soo suggested a referendum concerning THAAD deployment. Hong Joon-pyo supports a hard line on North Korea.',
      'Who suggested a referendum concerning THAAD deployment?',
      'Ahn Cheol-soo',
      ['Moon Jae-in', 'Hong Joon-pyo'],
      [],
    ],
    [
      'a person after an office and its party ("former Labour MP"), in a relative clause',
      'Election',
      'In Bethnal Green, former Labour MP George Galloway, who founded the anti-war party Respect, is standing against sitting MP Oona King. John Curtice studies elections. Sher Khan leads the Muslim Council.',
      'Who founded the anti-war party Respect?',
      'George Galloway',
      ['Oona King', 'John Curtice', 'Sher Khan'],
      [],
    ],
    [
      'a present-tense stance keeps its -s',
      'Korea talks',
      'Moon Jae-in unveiled a plan for talks with North Korea. Ahn Cheol-soo suggested a referendum concerning THAAD deployment. Hong Joon-pyo supports a hard line on North Korea.',
      'Who supports a hard line on North Korea?',
      'Hong Joon-pyo',
      ['Moon Jae-in', 'Ahn Cheol-soo'],
      [],
    ],
    [
      'news: a head of state acting abroad',
      'Zimbabwe coup',
      'Jacob Zuma flew to Pretoria for talks. Morgan Tsvangirai returned to Harare from Johannesburg. Robert Mugabe met the generals at State House.',
      'Who returned to Harare from Johannesburg?',
      'Morgan Tsvangirai',
      ['Jacob Zuma', 'Robert Mugabe'],
      [],
    ],
    [
      '"he" after the one person named: the evidence names him first',
      'Zimbabwe coup',
      'Jacob Zuma flew to Pretoria for talks. He sent envoys to Harare. Morgan Tsvangirai returned to Harare from Johannesburg. Robert Mugabe met the generals at State House.',
      'Who sent envoys to Harare?',
      'Jacob Zuma',
      ['Morgan Tsvangirai', 'Robert Mugabe'],
      [],
    ],
    [
      'someone the text says did the same is never a wrong option',
      'Korea talks',
      'Ahn Cheol-soo called for parliamentary approval of the deployment. Sim Sang-jung also called for parliamentary approval of the deployment. Hong Joon-pyo supports a hard line on North Korea. Moon Jae-in unveiled a plan for talks with North Korea.',
      'Who called for parliamentary approval of the deployment?',
      'Ahn Cheol-soo',
      ['Hong Joon-pyo', 'Moon Jae-in'],
      ['Sim Sang-jung'],
    ],
    [
      'encyclopedia: countries, and a country the stem names is no option',
      'Sichuan earthquake',
      'China accepted aid from Japan after the earthquake. Taiwan sent a rescue team to Sichuan. Russia offered helicopters for the relief effort. Sichuan is a province in southwest China.',
      'Which country accepted aid from Japan after the earthquake?',
      'China',
      ['Russia', 'Taiwan'],
      ['Japan'],
    ],
    [
      'a country as the actor, other countries as options',
      'Sichuan earthquake',
      'China accepted aid from Japan after the earthquake. Taiwan sent a rescue team to Sichuan. Russia offered helicopters for the relief effort. Sichuan is a province in southwest China.',
      'Which country offered helicopters for the relief effort?',
      'Russia',
      ['China', 'Taiwan', 'Japan'],
      ['Sichuan'],
    ],
    [
      'a report whose words follow ("…, saying:") is asked without its dangling "saying"',
      'Election campaign',
      'Tony Blair warned his supporters against complacency, saying: "We must fight for every vote." Michael Howard attacked the plans for identity cards. Charles Kennedy opposed the war in Iraq.',
      'Who warned his supporters against complacency?',
      'Tony Blair',
      ['Michael Howard', 'Charles Kennedy'],
      [],
    ],
    [
      'a capital standing for its government',
      'THAAD',
      'Beijing denounced the deployment of the missile system. Washington defended the decision to deploy it. Tokyo welcomed the move. Seoul approved the deployment of the missile system in 2016.',
      'Which government denounced the deployment of the missile system?',
      'Beijing',
      ['Seoul', 'Tokyo', 'Washington'],
      [],
    ],
    [
      'a party, with other parties as options',
      'British politics',
      'The Labour Party won the general election in 1997. The Conservative Party lost every seat in Scotland in 1997. The Liberal Democrats formed a coalition with the Conservatives in 2010. The Scottish National Party called for a second referendum.',
      'Which party called for a second referendum?',
      'Scottish National Party',
      ['Conservative Party', 'Labour Party'],
      [],
    ],
    [
      'an appositive says who someone is',
      'Korea talks',
      `Moon Jae-in, candidate of the Democratic Party of Korea, unveiled a plan for talks with North Korea. ${KOREA_RIVALS}`,
      'Who was the candidate of the Democratic Party of Korea?',
      'Moon Jae-in',
      ['Ahn Cheol-soo', 'Hong Joon-pyo'],
      [],
    ],
    [
      'opinion: companies the narrator writes about',
      'Facebook is tracking me',
      'I received an email from Facebook in 2017. Facebook bought Instagram in 2012. Google bought YouTube in 2006. Microsoft bought LinkedIn in 2016.',
      'Which organization bought LinkedIn in 2016?',
      'Microsoft',
      ['Facebook', 'Google', 'YouTube', 'Instagram'],
      [],
    ],
  ])('%s', (_, title, body, prompt, key, options, never) => {
    const analysis = analysisOf(title, body);
    const drafts = whoForm.make(analysis);
    const draft = drafts.find((d) => d.prompt === prompt);
    expect(draft, `asked: ${drafts.map((d) => d.prompt).join(' | ') || 'nothing'}`).toBeDefined();
    expect(draft!.key).toBe(key);
    expect(draft!.type).toBe(kindOf(analysis, key) === 'person' ? 'who' : 'which');
    const distractors = draft!.distractors ?? [];
    expect(distractors.length).toBeGreaterThanOrEqual(2);
    expect(options).toEqual(expect.arrayContaining(distractors));
    expect(distractors).not.toContain(key);
    for (const name of never) expect(distractors).not.toContain(name);
    for (const d of distractors) expect(kindOf(analysis, d)).toBe(kindOf(analysis, key));
    expect(body).toContain(askedSentence(analysis, draft!));
    expect(analysis.doc.sentenceById.get(draft!.evidence[0]!)?.text).toMatch(
      new RegExp(key.split(' ')[0]!),
    );
  });

  it.each<[string, string, string, string, string]>([
    // [why not, title, body, the sentence never asked, a question the same article does ask]
    [
      'a predicate naming only the kind asked for: "Which organization is the organisation behind CES?"',
      'Gadgets',
      'The Consumer Electronics Association is the organisation behind CES. The European Commission fined Microsoft in Brussels. The World Trade Organization ruled against the European Union in Geneva.',
      'The Consumer Electronics Association is the organisation behind CES.',
      'Which organization fined Microsoft in Brussels?',
    ],
    [
      'an unresolved "she"',
      'Zimbabwe coup',
      'Robert Mugabe met the generals at State House. She flew to Namibia. Morgan Tsvangirai returned to Harare from Johannesburg. Jacob Zuma sent envoys to Harare.',
      'She flew to Namibia.',
      'Who sent envoys to Harare?',
    ],
    [
      'an unresolved "they"',
      'Zimbabwe coup',
      'Robert Mugabe met the generals at State House. They sent envoys to Harare. Morgan Tsvangirai returned to Harare from Johannesburg. Jacob Zuma flew to Pretoria for talks.',
      'They sent envoys to Harare.',
      'Who flew to Pretoria for talks?',
    ],
    [
      '"the agreement" pointing back',
      'Korea talks',
      'Moon Jae-in signed an agreement with Shinzo Abe. Ahn Cheol-soo criticised the agreement. Hong Joon-pyo supports a hard line on North Korea.',
      'Ahn Cheol-soo criticised the agreement.',
      'Who signed an agreement with Shinzo Abe?',
    ],
    [
      'relative time: "on Friday"',
      'Korea talks',
      `Moon Jae-in visited Beijing on Friday. ${KOREA_RIVALS}`,
      'Moon Jae-in visited Beijing on Friday.',
      'Who suggested a referendum on the missile system?',
    ],
    [
      'relative time: "in October" with no year',
      'Data retention',
      'Attorney-General George Brandis introduced the Data Retention Bill in October. Malcolm Turnbull met the editors in Canberra. Bill Shorten backed amendments to the surveillance laws.',
      'Attorney-General George Brandis introduced the Data Retention Bill in October.',
      'Who backed amendments to the surveillance laws?',
    ],
    [
      'a modal guess: "would"',
      'Korea talks',
      `Moon Jae-in would win a run-off against any rival. ${KOREA_RIVALS}`,
      'Moon Jae-in would win a run-off against any rival.',
      'Who supports a hard line on North Korea?',
    ],
    [
      'a modal guess: "might … next year"',
      'Korea talks',
      `Moon Jae-in might visit Pyongyang next year. ${KOREA_RIVALS}`,
      'Moon Jae-in might visit Pyongyang next year.',
      'Who supports a hard line on North Korea?',
    ],
    [
      'a negated verb',
      'Korea talks',
      'Moon Jae-in did not attend the summit in Seoul. Ahn Cheol-soo suggested a referendum on the missile system. Hong Joon-pyo supports a hard line on North Korea.',
      'Moon Jae-in did not attend the summit in Seoul.',
      'Who suggested a referendum on the missile system?',
    ],
    [
      'a negated verb: "has never"',
      'Korea talks',
      `Moon Jae-in has never visited Pyongyang. ${KOREA_RIVALS}`,
      'Moon Jae-in has never visited Pyongyang.',
      'Who suggested a referendum on the missile system?',
    ],
    [
      'a negated copula',
      'Korea talks',
      `Moon Jae-in is not a member of the Liberty Korea Party. ${KOREA_RIVALS}`,
      'Moon Jae-in is not a member of the Liberty Korea Party.',
      'Who suggested a referendum on the missile system?',
    ],
    [
      'two actors: neither alone is the answer',
      'Korea talks',
      'Moon Jae-in and Ahn Cheol-soo opposed the deployment of the missile system. Hong Joon-pyo supports a hard line on North Korea. Yoo Seong-min backed the alliance with the United States.',
      'Moon Jae-in and Ahn Cheol-soo opposed the deployment of the missile system.',
      'Who backed the alliance with the United States?',
    ],
    [
      'a list of actors',
      'Korea talks',
      'Moon Jae-in, Ahn Cheol-soo and Hong Joon-pyo debated on television. Yoo Seong-min backed the alliance with the United States. Sim Sang-jung called for a wealth tax.',
      'Moon Jae-in, Ahn Cheol-soo and Hong Joon-pyo debated on television.',
      'Who called for a wealth tax?',
    ],
    [
      'a date before the subject would be lost',
      'Korea talks',
      `In 2017, Moon Jae-in won the presidential election. ${KOREA_RIVALS}`,
      'In 2017, Moon Jae-in won the presidential election.',
      'Who supports a hard line on North Korea?',
    ],
    [
      'what was said in quotation marks is left to the quote form',
      'Korea talks',
      `Moon Jae-in said, "We will open a new era of peace on the peninsula." ${KOREA_RIVALS}`,
      'Moon Jae-in said, "We will open a new era of peace on the peninsula."',
      'Who suggested a referendum on the missile system?',
    ],
    [
      'the narrator is never the answer',
      'Korea talks',
      'I suggested a referendum on the missile system. Ahn Cheol-soo called for parliamentary approval of the deployment. Hong Joon-pyo supports a hard line on North Korea. Moon Jae-in unveiled a plan for talks with North Korea.',
      'I suggested a referendum on the missile system.',
      'Who supports a hard line on North Korea?',
    ],
    [
      'a short question that names nothing ("Who is in prison?")',
      'Yukos',
      'Mikhail Khodorkovsky is in prison. Hugh Ray represents Yukos in Houston. Bruce Misamore is the chief financial officer of Yukos. Steven Theede runs the company from Moscow.',
      'Mikhail Khodorkovsky is in prison.',
      'Who represents Yukos in Houston?',
    ],
    [
      'a country that is a team ("France were 17-6 down"): the plural verb says so',
      'Rugby',
      'France were 17-6 down at half-time in Paris. Italy has signed a trade deal with Japan in Rome. Wales have won the title in Cardiff.',
      'France were 17-6 down at half-time in Paris.',
      'Which country has signed a trade deal with Japan in Rome?',
    ],
  ])('not asked: %s', (_, title, body, refused, control) => {
    const analysis = analysisOf(title, body);
    const drafts = whoForm.make(analysis);
    expect(drafts.map((d) => d.prompt)).toContain(control);
    expect(drafts.filter((d) => askedSentence(analysis, d) === refused)).toEqual([]);
  });
});
