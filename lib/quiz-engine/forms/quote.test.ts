import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import { optionName } from './options';
import { quoteForm } from './quote';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

function kindOf(analysis: Analysis, option: string): string | undefined {
  return analysis.names.entities.find((e) => optionName(e) === option)?.kind;
}

const AHN = 'Ahn Cheol-soo said, "Parliament must approve the deployment before it goes ahead."';
const AHN_ASKED = 'Who said, “Parliament must approve the deployment before it goes ahead”?';
const RIVALS =
  'Hong Joon-pyo supports a hard line on North Korea. Yoo Seong-min backed the alliance.';

describe('quoteForm: who said a quotation', () => {
  it.each<[string, string, string, string, string, string[], string[]]>([
    // [what it shows, title, body, prompt, key, the only acceptable wrong options, never an option]
    [
      'the speaker before the quotation',
      'Korea talks',
      'Moon Jae-in said, "I will persuade North Korea to come to the negotiating table." Ahn Cheol-soo called for parliamentary approval. Hong Joon-pyo supports a hard line on North Korea.',
      'Who said, “I will persuade North Korea to come to the negotiating table”?',
      'Moon Jae-in',
      ['Ahn Cheol-soo', 'Hong Joon-pyo'],
      [],
    ],
    [
      'an organisation speaks; the outlet the article reports through is no wrong option',
      'Net phone calls',
      '"We can help mass-market adoption of internet calls across the country," said Motorola. Samsung makes the chips. Vodafone sells the service. Nokia builds the handsets. The chip maker told BBC News it was confident. BBC News reported strong demand.',
      'Which organization said, “We can help mass-market adoption of internet calls across the country”?',
      'Motorola',
      ['Samsung', 'Vodafone', 'Nokia'],
      ['BBC News'],
    ],
    [
      'news: the speaker after the quotation, with "told"',
      'Obama interview',
      '"It is distressing not to have made progress on gun control," Barack Obama told the BBC. Hillary Clinton backed new background checks. Bernie Sanders voted against the 1993 law. Jeb Bush said little about guns.',
      'Who said, “It is distressing not to have made progress on gun control”?',
      'Barack Obama',
      ['Bernie Sanders', 'Hillary Clinton', 'Jeb Bush'],
      [],
    ],
    [
      'someone the quotation names is never a wrong option',
      'Korea talks',
      'Moon Jae-in said, "Ahn Cheol-soo is wrong about the missile system and the alliance." Ahn Cheol-soo called for parliamentary approval. Hong Joon-pyo supports a hard line on North Korea. Yoo Seong-min backed the alliance.',
      'Who said, “Ahn Cheol-soo is wrong about the missile system and the alliance”?',
      'Moon Jae-in',
      ['Hong Joon-pyo', 'Yoo Seong-min'],
      ['Ahn Cheol-soo'],
    ],
    [
      'whoever the speaker is introduced with (their organisation) is never a wrong option',
      'Trade rules',
      '"The losers will be some of the most vulnerable workers in poor countries," Andrew Pendleton, Christian Aid\'s head of trade policy, said. Keith Rockwell of the WTO disagreed. Peter Mandelson backed the rules. Pascal Lamy spoke in Geneva.\n\nMr Rockwell met Mr Mandelson and Mr Lamy in Geneva. Christian Aid has campaigned on trade for years.',
      'Who said, “The losers will be some of the most vulnerable workers in poor countries”?',
      'Andrew Pendleton',
      ['Keith Rockwell', 'Peter Mandelson', 'Pascal Lamy'],
      ['Christian Aid'],
    ],
    [
      'two speakers in a row, each keeps their own words',
      'Korea talks',
      `Moon Jae-in said, “We will open a new era of peace on the peninsula.” Ahn Cheol-soo said, “Parliament must approve the deployment before it goes ahead.” ${RIVALS}`,
      'Who said, “We will open a new era of peace on the peninsula”?',
      'Moon Jae-in',
      ['Ahn Cheol-soo', 'Hong Joon-pyo', 'Yoo Seong-min'],
      [],
    ],
    [
      'the second of two speakers in a row',
      'Korea talks',
      `Moon Jae-in said, “We will open a new era of peace on the peninsula.” Ahn Cheol-soo said, “Parliament must approve the deployment before it goes ahead.” ${RIVALS}`,
      AHN_ASKED,
      'Ahn Cheol-soo',
      ['Moon Jae-in', 'Hong Joon-pyo', 'Yoo Seong-min'],
      [],
    ],
  ])('%s', (_, title, body, prompt, key, options, never) => {
    const analysis = analysisOf(title, body);
    const drafts = quoteForm.make(analysis);
    const draft = drafts.find((d) => d.type === 'quote' && d.prompt === prompt);
    expect(draft, `asked: ${drafts.map((d) => d.prompt).join(' | ') || 'nothing'}`).toBeDefined();
    expect(draft!.key).toBe(key);
    const distractors = draft!.distractors ?? [];
    expect(distractors.length).toBeGreaterThanOrEqual(2);
    expect(options).toEqual(expect.arrayContaining(distractors));
    expect(distractors).not.toContain(key);
    for (const name of never) expect(distractors).not.toContain(name);
    for (const d of distractors) expect(kindOf(analysis, d)).toBe(kindOf(analysis, key));
    // The evidence holds both the words and who said them.
    const proof = draft!.evidence.map((id) => analysis.doc.sentenceById.get(id)!.text).join(' ');
    expect(proof).toContain(key);
    expect(proof).toContain(prompt.replace(/^(?:Who|Which organization) said, “|”\?$/g, ''));

    // The same attribution as true/false: the speaker is True, anyone else False.
    const said = prompt.replace(/^(?:Who|Which organization) said, /, '').replace(/\?$/, '');
    const statements = drafts.filter((d) => d.type === 'true-false' && d.prompt.includes(said));
    expect(statements.find((d) => d.key === 'True')?.prompt).toBe(
      `True or false: ${key} said, ${said}.`,
    );
    for (const f of statements.filter((d) => d.key === 'False')) {
      expect(f.prompt).not.toContain(`${key} said`);
      const other = f.prompt.replace(/^True or false: /, '').replace(/ said, .*$/, '');
      expect(options).toContain(other);
    }
  });

  it.each<[string, string, string, string]>([
    // [why not, title, body, words never asked about]; each article also asks who said Ahn Cheol-soo's words.
    [
      'a quotation too short to test',
      'Korea talks',
      `Moon Jae-in said, "Peace first."\n\n${AHN} ${RIVALS}`,
      'Peace first',
    ],
    [
      'a speaker the article does not name',
      'Korea talks',
      `"We will never accept the missile system on our soil," a protester shouted.\n\n${AHN} ${RIVALS}`,
      'We will never accept the missile system on our soil',
    ],
    [
      'a place is not a speaker to ask about',
      'Korea talks',
      `Seoul said, "The missile system will be deployed before the end of the year." Tokyo welcomed the move.\n\n${AHN} ${RIVALS}`,
      'The missile system will be deployed before the end of the year',
    ],
    [
      "words quoted inside the writer's sentence, not a saying of their own",
      'Korea talks',
      `This would be a "large enough inducement to create much stronger interest from both large and small firms", Moon Jae-in added.\n\n${AHN} ${RIVALS}`,
      'large enough inducement to create much stronger interest from both large and small firms',
    ],
    [
      'a quotation nobody is given',
      'Korea talks',
      `"The missile system will be deployed before the end of the year."\n\n${AHN} ${RIVALS}`,
      'The missile system will be deployed before the end of the year',
    ],
    [
      'an unresolved "they"',
      'Korea talks',
      `Moon Jae-in met Hong Joon-pyo. They said, "The missile system will be deployed before the end of the year."\n\n${AHN} Yoo Seong-min backed the alliance.`,
      'The missile system will be deployed before the end of the year',
    ],
    [
      'words about people or things the sentences before name ("They are …", "these guys")',
      'Korea talks',
      `Hong Joon-pyo met the generals. "They are not ready to give up the missile system yet," Moon Jae-in said.\n\n${AHN} ${RIVALS}`,
      'They are not ready to give up the missile system yet',
    ],
    [
      'words that answer what came before ("But …")',
      'Korea talks',
      `"But I would back the alliance all the way when the talks begin," Moon Jae-in said.\n\n${AHN} ${RIVALS}`,
      'But I would back the alliance all the way when the talks begin',
    ],
    [
      'words pointing at something said before ("some of these ideas")',
      'Korea talks',
      `"It will be good to hear some of these ideas before the summit in June," Moon Jae-in said.\n\n${AHN} ${RIVALS}`,
      'It will be good to hear some of these ideas before the summit in June',
    ],
  ])('not asked: %s', (_, title, body, words) => {
    const analysis = analysisOf(title, body);
    const drafts = quoteForm.make(analysis);
    expect(drafts.find((d) => d.prompt === AHN_ASKED)?.key).toBe('Ahn Cheol-soo');
    expect(drafts.filter((d) => d.prompt.includes(words))).toEqual([]);
  });
});
