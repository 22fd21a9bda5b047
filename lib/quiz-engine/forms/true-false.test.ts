import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle, type Analysis } from '../analysis';
import { trueFalseForm } from './true-false';

function analysisOf(title: string, body: string): Analysis {
  const { passages, wordCount } = segmentArticle(`${title}\n\n${body}\n`);
  return analyzeArticle({ slug: 'article', title, passages, wordCount });
}

const tf = (statement: string) => `True or false: ${statement}.`;
const DESAILLY =
  'Marcel Desailly insists there is no chance of history repeating itself when Chelsea take on Barcelona on Wednesday.\n\n"Everything is new and there is a huge determination to win. "Since that game in 2000, Chelsea have gained more experience in Europe and were very close to reaching the Champions League final last season." Desailly is one of the most decorated players in the history of football. He won the 1998 World Cup and 2000 European Championship with France, the Champions League in 1993 with Marseilles and 1994 with AC Milan, two Serie A titles and the FA Cup in 2000 with Chelsea. He is now winding down his career in Qatar, alongside the likes of Frank Lebeouf, Josep Guardiola, Titi Camara, Gabriel Batistuta and Christophe Dugarry. So he is full of admiration for two of his colleagues from the great Milan side of the mid-90s who are likely to line up against Manchester United on Wednesday - Paolo Maldini and Alessandro Costacurta. "I\'m happy that they have managed to play so long at a high level," he said. "I made a vow to Costacurta that as long as he plays, I will continue to play. "And it\'s amazing that Paolo has managed to play at such a high level for such a long time."';
const BEIJING = 'The foreign ministers signed a trade agreement in Beijing.';

describe('trueFalseForm: a clause as stated, or with one thing changed', () => {
  it.each<[string, string, string, string, string | null]>([
    // [what it shows, title, body, the true statement, its false form (null: none is fair)]
    [
      'encyclopedia: a year changed to one far enough away to matter',
      'New York City',
      'Giovanni da Verrazzano sailed into New York Harbor in 1524. Henry Hudson explored the river in 1609. The Dutch settlement was named New Amsterdam in 1626.',
      'Giovanni da Verrazzano sailed into New York Harbor in 1524',
      'Giovanni da Verrazzano sailed into New York Harbor in 1514',
    ],
    [
      'a year the article gives for another event',
      'New York City',
      'Giovanni da Verrazzano sailed into New York Harbor in 1524. Henry Hudson explored the river in 1609. The Dutch settlement was named New Amsterdam in 1626.',
      'The Dutch settlement was named New Amsterdam in 1626',
      'The Dutch settlement was named New Amsterdam in 1609',
    ],
    [
      'a figure changed, written the same way',
      'Sichuan earthquake',
      'The Chinese government sent 130,000 soldiers to the region. The Red Cross delivered 20,000 tents to Chengdu.',
      'The Chinese government sent 130,000 soldiers to the region',
      'The Chinese government sent 195,000 soldiers to the region',
    ],
    [
      'a small approximate figure is changed by more than a nitpick ("some 18" never "some 19")',
      'Games maker',
      'Acclaim Entertainment has been making video games for some 18 years. Its founder Greg Fischbach sold the rights to Sony in 2003.',
      'Acclaim Entertainment has been making video games for some 18 years',
      'Acclaim Entertainment has been making video games for some 9 years',
    ],
    [
      'the verb’s stated opposite, in the past',
      'Korea politics',
      'Moon Jae-in opposed the deployment of the missile system. Hong Joon-pyo supports a hard line on North Korea. Ahn Cheol-soo suggested a referendum on the missile system.',
      'Moon Jae-in opposed the deployment of the missile system',
      'Moon Jae-in supported the deployment of the missile system',
    ],
    [
      'the verb’s stated opposite, in the present',
      'Korea politics',
      'Moon Jae-in opposed the deployment of the missile system. Hong Joon-pyo supports a hard line on North Korea. Ahn Cheol-soo suggested a referendum on the missile system.',
      'Hong Joon-pyo supports a hard line on North Korea',
      'Hong Joon-pyo opposes a hard line on North Korea',
    ],
    [
      'a city changed to another the article names',
      'Diplomacy',
      `Moon Jae-in met Shinzo Abe in Tokyo. ${BEIJING} The peace conference opened in Paris.`,
      'The peace conference opened in Paris',
      'The peace conference opened in Beijing',
    ],
    [
      'a date before the subject stays with the claim',
      'Korea politics',
      'In 2017, Moon Jae-in won the presidential election. Hong Joon-pyo lost the race in 2017. Ahn Cheol-soo finished third in 2012.',
      'In 2017, Moon Jae-in won the presidential election',
      'In 2017, Moon Jae-in lost the presidential election',
    ],
    [
      'a relative clause restated on its own',
      'Genocide',
      'Raphael Lemkin, who was born in 1900, coined the word genocide in 1944. The term combines a Greek word for tribe with a Latin word for killing.',
      'Raphael Lemkin was born in 1900',
      'Raphael Lemkin was born in 1890',
    ],
    [
      'news: "he" read as the one person named',
      'Zimbabwe coup',
      'Jacob Zuma flew to Pretoria for talks. He sent envoys to Harare. Morgan Tsvangirai returned to Harare from Johannesburg.',
      'Jacob Zuma sent envoys to Harare',
      null,
    ],
    [
      'no false form the article itself states (Paris is where the second agreement was signed)',
      'Diplomacy',
      `${BEIJING} The peace conference opened in Paris. The foreign ministers signed a second trade agreement in Paris.`,
      'The foreign ministers signed a trade agreement in Beijing',
      null,
    ],
    [
      'no opposite the article gives to someone else',
      'Korea politics',
      'Moon Jae-in opposed the deployment of the missile system. Ahn Cheol-soo supported the deployment of the missile system. Hong Joon-pyo backed the alliance.',
      'Moon Jae-in opposed the deployment of the missile system',
      null,
    ],
    [
      'opinion: the narrator in the third person',
      'Facebook is tracking me',
      "I don't use Facebook. I have accounts on hundreds of services around the net. I publish much of my own work on the open web.",
      'The author publishes much of their own work on the open web',
      null,
    ],
  ])('%s', (_, title, body, truth, falsehood) => {
    const analysis = analysisOf(title, body);
    const drafts = trueFalseForm.make(analysis);
    const statement = drafts.find((d) => d.prompt === tf(truth));
    expect(statement, `asked: ${drafts.map((d) => d.prompt).join(' | ')}`).toBeDefined();
    expect(statement!.key).toBe('True');
    expect(statement!.distractors).toEqual(['False']);
    // The words are the proving sentence's own.
    const proof = statement!.evidence
      .map((id) => analysis.doc.sentenceById.get(id)!.text)
      .join(' ');
    expect(proof).toContain(truth.split(' ').slice(-2).join(' '));
    const falses = drafts.filter((d) => d.fact === statement!.fact && d.key === 'False');
    if (falsehood === null) {
      expect(falses).toEqual([]);
      return;
    }
    expect(falses.map((d) => d.prompt)).toEqual([tf(falsehood)]);
    expect(falses[0]!.distractors).toEqual(['True']);
    expect(falses[0]!.evidence).toEqual(statement!.evidence);
    // Nothing in the article states the false form.
    expect(body).not.toContain(falsehood);
  });

  it('a claim the article reports (", the OECD said") is stated as its source’s, or not at all', () => {
    const body = `${BEIJING} The Swiss economy is in excellent condition, the OECD said. Exports will grow strongly this year, it added.`;
    const analysis = analysisOf('Swiss economy', body);
    const prompts = trueFalseForm.make(analysis).map((d) => d.prompt);
    expect(prompts).toContain(
      'True or false: According to the OECD, the Swiss economy is in excellent condition.',
    );
    // Never the bare claim, as if the article stated it itself.
    expect(prompts.filter((p) => /^True or false: The Swiss economy/.test(p))).toEqual([]);
    // "it added" names no one: that claim is not asked.
    expect(prompts.filter((p) => /Exports/.test(p))).toEqual([]);
  });

  it('a closing "according to …" goes to the front, and a name keeps its capital', () => {
    const body = `${BEIJING} Martin Scorsese's The Aviator will win best film at the Oscars, according to the UK's leading movie critics.`;
    const prompts = trueFalseForm.make(analysisOf('Oscars', body)).map((d) => d.prompt);
    expect(prompts).toContain(
      "True or false: According to the UK's leading movie critics, Martin Scorsese's The Aviator will win best film at the Oscars.",
    );
    expect(prompts.filter((p) => /^True or false: Martin Scorsese's/.test(p))).toEqual([]);
  });

  it('a plan or forecast is made false with a later date, never an earlier one', () => {
    const body = `${BEIJING} Sky launched its first channel in 1989. In the UK, satellite broadcaster BSkyB is planning HDTV services in 2006. Digital radio began in 1995.`;
    const prompts = trueFalseForm.make(analysisOf('HDTV', body)).map((d) => d.prompt);
    const planned = prompts.filter((p) => /is planning HDTV services in \d{4}/.test(p));
    expect(planned.length).toBeGreaterThan(1);
    for (const p of planned) expect(Number(/in (\d{4})/.exec(p)![1])).toBeGreaterThanOrEqual(2006);
  });

  it('a clause a colon hands to a quotation ("… told Mr Blair: “There is …”") is no statement', () => {
    const body = `${BEIJING} Mr Peston's book claimed that Mr Brown told Mr Blair: "There is nothing you could ever say to me now that I could ever believe."`;
    const prompts = trueFalseForm.make(analysisOf('Book', body)).map((d) => d.prompt);
    expect(prompts).toContain(tf('The foreign ministers signed a trade agreement in Beijing'));
    expect(prompts.filter((p) => /told Mr Blair\.$/.test(p))).toEqual([]);
  });

  it('a name its short form follows in brackets is never changed ("the EU (IMF)")', () => {
    const body = `The European Union (EU) met in Brussels. A loan restructuring deal with the International Monetary Fund (IMF) is pretty much in the can. The European Union (EU) and the International Monetary Fund agreed. The deal was signed in 2004 in Brussels.`;
    const prompts = trueFalseForm.make(analysisOf('Loans', body)).map((d) => d.prompt);
    expect(prompts.filter((p) => /deal with/.test(p)).length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /European Union \(IMF\)|EU \(IMF\)/.test(p))).toEqual([]);
  });

  it('a forecast reported in a clause of its own ("estimates that … will have … by 2009") is made false with a later date only', () => {
    const body = `${BEIJING} Mobile television began in 1999 in Korea. Consultancy Strategy Analytics of Boston estimates that mobile broadcast networks will have acquired around 51 million users worldwide by 2009, producing around $6.6bn in revenue. Handsets were first sold in 2004.`;
    const prompts = trueFalseForm.make(analysisOf('Mobile TV', body)).map((d) => d.prompt);
    const forecast = prompts.filter((p) => /will have acquired/.test(p));
    expect(forecast.length).toBeGreaterThan(0);
    for (const p of forecast)
      for (const year of p.match(/\b(?:19|20)\d{2}\b/g) ?? [])
        expect(Number(year)).toBeGreaterThanOrEqual(2009);
  });

  it('a line of entries ("Film - The Aviator; director - Martin Scorsese; …") is no statement', () => {
    const body = `${BEIJING} Wendy Ide, The Times: Film - The Aviator; director - Martin Scorsese; actor - Jamie Foxx; actress - Imelda Staunton.`;
    const prompts = trueFalseForm.make(analysisOf('Oscars', body)).map((d) => d.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /director -/.test(p))).toEqual([]);
  });

  it('a noun named before points back through a participle or a possessive ("the first televised ceremony", "the message\'s subject line")', () => {
    const body = `${BEIJING} Guests entering the ceremony knew the results. The first televised ceremony was held in 1953 in Hollywood. Spammers sent a message to millions. The message's subject line read Urgent Appeal in capital letters.`;
    const prompts = trueFalseForm.make(analysisOf('Oscars', body)).map((d) => d.prompt);
    expect(prompts).toContain(tf('The foreign ministers signed a trade agreement in Beijing'));
    expect(prompts.filter((p) => /televised ceremony|subject line/.test(p))).toEqual([]);
  });

  it('won and lost are opposites of a contest only ("won X over Y", "lost flanker Z" keep their verb)', () => {
    const body = `${BEIJING} Doc Martin won the comedy drama award over Jonathan Creek and Shameless. Italy lost flanker Mauro Bergamasco with a head knock. In 2017, Moon Jae-in won the presidential election. Hong Joon-pyo lost the race in 2017.`;
    const prompts = trueFalseForm.make(analysisOf('Awards', body)).map((d) => d.prompt);
    expect(prompts).toContain(tf('In 2017, Moon Jae-in lost the presidential election'));
    expect(prompts.filter((p) => /lost the comedy|won flanker/.test(p))).toEqual([]);
  });

  it('a contrast after a claim (", while Labour has yet to …") is never given to the claimant', () => {
    const body = `${BEIJING} The Tories claim they can improve services and cut taxes through efficiency savings, while Labour has offered savings but has yet to map out precise tax proposals. Michael Howard said the Tories would win.`;
    const prompts = trueFalseForm.make(analysisOf('Tax', body)).map((d) => d.prompt);
    expect(prompts).toContain(tf('Michael Howard said the Tories would win'));
    expect(prompts.filter((p) => /According to the Tories, Labour/.test(p))).toEqual([]);
  });

  it('a verb of speech after what was said goes with the speaker ("said X was insensitive but urged …")', () => {
    const body = `${BEIJING} Labour MP Louise Ellman said the hypnotism image was insensitive but urged people not to rush to call things anti-Semitic.`;
    const prompts = trueFalseForm.make(analysisOf('Posters', body)).map((d) => d.prompt);
    expect(prompts).toContain(
      tf('Louise Ellman urged people not to rush to call things anti-Semitic'),
    );
    expect(prompts.filter((p) => /image urged/.test(p))).toEqual([]);
  });

  it('what a reported clause joins ("he said, X and Y") is the speaker’s claim, or not asked', () => {
    const named = `${BEIJING} Michael Bjorn works for Ericsson. By contrast, Dr Bjorn said, camera phones were used to capture a moment and were woven into everyday life.`;
    const prompts = trueFalseForm.make(analysisOf('Phones', named)).map((d) => d.prompt);
    const about = prompts.filter((p) => /woven|capture/.test(p));
    expect(about.length).toBeGreaterThan(0);
    for (const p of about)
      expect(p).toMatch(/^True or false: (?:According to Michael Bjorn, |Michael Bjorn said )/);
    // A speaker no name stands for: none of what he said is stated as a fact.
    const unnamed = `${BEIJING} By contrast, he said, camera phones were used to capture a moment and were woven into everyday life.`;
    const asked = trueFalseForm.make(analysisOf('Phones', unnamed)).map((d) => d.prompt);
    expect(asked.filter((p) => /woven|capture/.test(p))).toEqual([]);
    // Named or not, never the bare claim.
    expect([...prompts, ...asked].filter((p) => /^True or false: Camera phones/.test(p))).toEqual(
      [],
    );
  });

  it.each([
    [
      'before the "and" ending a list',
      'Gordon Brown accused Oliver Letwin of plotting cuts that were the equivalent of sacking every teacher, GP and nurse in the country.',
    ],
    [
      'before a dash',
      'But Mira Nair said that her film had picked up on the way William Thackeray - who was born in India but moved to England as a young man - had seen the world.',
    ],
  ])('a statement is never cut %s', (_, sentence) => {
    const analysis = analysisOf('Politics', `${BEIJING} ${sentence}`);
    const cut = trueFalseForm
      .make(analysis)
      .map((d) => d.prompt)
      .filter((p) => /(?:GP|Thackeray)\.$/.test(p));
    expect(analysis.doc.sentences.map((s) => s.text)).toContain(sentence);
    expect(cut).toEqual([]);
  });

  it.each([
    [
      'a bound',
      'IBM has received 25,772 US patents and reportedly has more than 40,000 current patents.',
      /40,000/,
    ],
    [
      'a year used as a modifier',
      'Parliament approved 1987 subsidies of 170 billion forints after the 1986 budget failed.',
      /1987 subsidies/,
    ],
  ])('%s is never the figure changed', (_, sentence, kept) => {
    const analysis = analysisOf('Figures', `${BEIJING} ${sentence}`);
    const statements = trueFalseForm
      .make(analysis)
      .filter((d) => d.evidence.some((id) => analysis.doc.sentenceById.get(id)?.text === sentence))
      .map((d) => d.prompt);
    expect(analysis.doc.sentences.map((s) => s.text)).toContain(sentence);
    expect(statements.length).toBeGreaterThan(0);
    for (const p of statements) expect(p).toMatch(kept);
  });

  it('a noun a name introduced is written as that name: "the Consumer Electronics Show" … "at the show"', () => {
    const analysis = analysisOf(
      'Gadgets',
      `${BEIJING} The Consumer Electronics Show opened in Las Vegas. Top gadgets at the show are highlighted in the Innovations Showcase.`,
    );
    const prompts = trueFalseForm.make(analysis).map((d) => d.prompt);
    expect(prompts).toContain(
      tf(
        'Top gadgets at the Consumer Electronics Show are highlighted in the Innovations Showcase',
      ),
    );
    expect(prompts.filter((p) => p.includes('at the show'))).toEqual([]);
  });

  it('a copula\'s subject is never swapped for another person ("X is one of the most decorated players")', () => {
    // BBC Sport, 2005 ("Desailly backs Blues revenge trip"), two of its paragraphs.
    const analysis = analysisOf('Desailly backs Blues revenge trip', DESAILLY);
    const prompts = trueFalseForm.make(analysis).map((d) => d.prompt);
    expect(prompts).toContain(
      tf('Marcel Desailly is one of the most decorated players in the history of football'),
    );
    expect(
      prompts.filter(
        (p) => /is one of the most decorated/.test(p) && !/^True or false: Marcel Desailly/.test(p),
      ),
    ).toEqual([]);
  });

  it('never cut inside an aside after "and," ("the grand old age of 10 and, in internet years")', () => {
    const analysis = analysisOf(
      'Can Yahoo dominate next decade?',
      "Yahoo has reached the grand old age of 10 and, in internet years, that is a long time.\n\nFor many, Yahoo remains synonymous with the internet - a veteran that managed to ride the dot-com wave and maintain itself as one of the web's top brands.\n\nJerry Yang and David Filo founded Yahoo at Stanford University in 1994.",
    );
    const prompts = trueFalseForm.make(analysis).map((d) => d.prompt);
    expect(prompts.filter((p) => /internet years/.test(p))).toEqual([]);
    // The rule refuses the cut statement only.
    expect(prompts.filter((p) => /Stanford/.test(p)).length).toBeGreaterThan(0);
  });

  it('an "according to" aside inside a closing phrase is no source of the whole sentence', () => {
    const body = `${BEIJING} Costs are projected to be high during the first years of Norway's membership, with grants alone estimated to exceed 10bn euros and, according to some forecasts, balloon to 20bn euros.`;
    const statements = trueFalseForm.make(analysisOf('EU budget', body)).map((d) => d.prompt);
    expect(statements.filter((p) => /According to some forecasts, balloon/.test(p))).toEqual([]);
  });

  it('when in a game something happened is never the figure changed ("after 16 minutes")', () => {
    const body = `${BEIJING} Chelsea beat Arsenal in the cup final on Saturday. Chelsea equalised after 16 minutes. Frank Lampard scored after 40 minutes.`;
    const drafts = trueFalseForm.make(analysisOf('Cup final', body));
    expect(drafts.filter((d) => d.key === 'False' && /minutes/.test(d.prompt))).toEqual([]);
  });

  it('one end of a range is never changed ("a 2% to 3% rise" never becomes "4.3% to 3%")', () => {
    const body = `${BEIJING} Turnover rose 4.3% to £1.97bn. BA had previously forecast a 2% to 3% rise in full-year revenue.`;
    const analysis = analysisOf('BA results', body);
    const statements = trueFalseForm.make(analysis).map((d) => d.prompt);
    expect(statements.filter((p) => /forecast/.test(p) && !/2% to 3%/.test(p))).toEqual([]);
  });

  it.each<[string, string, string, string]>([
    // [why not, title, body, the sentence never stated]; each article also states the Beijing agreement.
    [
      'a quotation is never restated',
      'Diplomacy',
      `${BEIJING} Moon Jae-in said, "We will open a new era of peace on the peninsula."`,
      'Moon Jae-in said, "We will open a new era of peace on the peninsula."',
    ],
    [
      'relative time: "on Friday"',
      'Diplomacy',
      `${BEIJING} Hong Joon-pyo backed the missile system on Friday.`,
      'Hong Joon-pyo backed the missile system on Friday.',
    ],
    [
      'a modal guess: "would"',
      'Diplomacy',
      `${BEIJING} Ahn Cheol-soo would oppose any deal with Pyongyang.`,
      'Ahn Cheol-soo would oppose any deal with Pyongyang.',
    ],
    [
      'an epithet for something named before: "the trio"',
      'Diplomacy',
      `${BEIJING} The trio attended a screening of the films in Beverly Hills.`,
      'The trio attended a screening of the films in Beverly Hills.',
    ],
    [
      'an epithet with a count: "The nine men"',
      'Diplomacy',
      `${BEIJING} The nine men were held without trial in Belmarsh prison.`,
      'The nine men were held without trial in Belmarsh prison.',
    ],
    [
      'an epithet the generic list used to excuse: "The number sold"',
      'Diplomacy',
      `${BEIJING} The number sold worldwide rose to 150 million in 2004.`,
      'The number sold worldwide rose to 150 million in 2004.',
    ],
    [
      'a forecast: "is unlikely to"',
      'Diplomacy',
      `${BEIJING} Ahn Cheol-soo is unlikely to win the presidential election in Seoul.`,
      'Ahn Cheol-soo is unlikely to win the presidential election in Seoul.',
    ],
    [
      '"though" answering what came before',
      'Diplomacy',
      `${BEIJING} New equipment for the missile system is needed though and is expensive.`,
      'New equipment for the missile system is needed though and is expensive.',
    ],
    [
      'an unresolved "they"',
      'Diplomacy',
      `${BEIJING} They rejected the offer from Pyongyang.`,
      'They rejected the offer from Pyongyang.',
    ],
    [
      '"the plan" pointing nowhere',
      'Diplomacy',
      `${BEIJING} Moon Jae-in opposed the plan.`,
      'Moon Jae-in opposed the plan.',
    ],
    [
      'a view someone argued, with a guess inside it',
      'Korea politics',
      `${BEIJING} Ahn Cheol-soo argued that talks would fail.`,
      'Ahn Cheol-soo argued that talks would fail.',
    ],
    [
      'a clause cut before its verb: "says that to qualify for GSP"',
      'Trade',
      `${BEIJING} The U.S. Trade Act says that to qualify for GSP, a country must protect the rights of workers.`,
      'The U.S. Trade Act says that to qualify for GSP, a country must protect the rights of workers.',
    ],
    [
      'what was said cut before its main clause: "said that whether … Kennedy"',
      'Election',
      `${BEIJING} Mr Blair said that whether the public chose Michael Howard or Mr Kennedy, it would result in "a Tory government".`,
      'Mr Blair said that whether the public chose Michael Howard or Mr Kennedy, it would result in "a Tory government".',
    ],
    [
      'an epithet compromise tags as an adjective: "The firm, which is …"',
      'Media',
      `${BEIJING} Time Warner posted its results. The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections.`,
      'The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections.',
    ],
    [
      'a count relative to one before it: "two more nominations"',
      'Film awards',
      `${BEIJING} Finding Neverland has garnered two more nominations for the awards.`,
      'Finding Neverland has garnered two more nominations for the awards.',
    ],
    [
      'an object "them" that is not the subject: "encourage people to organise them"',
      'Media hubs',
      `${BEIJING} Media hubs are designed to encourage people to organise them on one box.`,
      'Media hubs are designed to encourage people to organise them on one box.',
    ],
    [
      'a name and a role standing for someone named before: "The Tory leader"',
      'Abortion',
      `${BEIJING} Michael Howard spoke in London. The Tory leader supports a reduction in the legal limit from 24 weeks to 20.`,
      'The Tory leader supports a reduction in the legal limit from 24 weeks to 20.',
    ],
    [
      'a predicate that repeats its subject: "The … election policy is a bold policy"',
      "The Lib Dems' bold election policy",
      `${BEIJING} It is a bold policy and certainly ensures there is that choice between the Lib Dems and the other two.`,
      'It is a bold policy and certainly ensures there is that choice between the Lib Dems and the other two.',
    ],
    [
      'a judgement with an intensifier and nothing to check: "a very slick package"',
      'Games',
      `${BEIJING} Warrior Within is a very slick package.`,
      'Warrior Within is a very slick package.',
    ],
    [
      "a quotation running on into the next paragraph: 'He added: \"The focus …'",
      'Games',
      `${BEIJING} Richard Doherty spoke at the fair.\n\nHe added: "The focus for games moving forward is on increased immersion.`,
      'He added: "The focus for games moving forward is on increased immersion.',
    ],
    [
      "a quotation after a colon that runs on into the next one: 'Ann Hale said: \"Higher fees …'",
      'Universities',
      `${BEIJING} Professor Ann Hale said: "Higher fees will push poorer students away from university. "Fewer of them will apply next year."`,
      'Professor Ann Hale said: "Higher fees will push poorer students away from university.',
    ],
    [
      'a work described for one named before: "her role in the abortion drama"',
      'Film awards',
      `${BEIJING} Vera Drake won three awards. Imelda Staunton was nominated for best actress for her role in the period drama.`,
      'Imelda Staunton was nominated for best actress for her role in the period drama.',
    ],
    [
      'a name and a role standing for someone named before: "The French star"',
      'Football',
      `${BEIJING} Marcel Desailly joined Chelsea in 1998. The French star was part of the Chelsea side crushed 5-1 at the Nou Camp in 2000.`,
      'The French star was part of the Chelsea side crushed 5-1 at the Nou Camp in 2000.',
    ],
    [
      'a demonstrative after a preposition: "since that quarter-final tie"',
      'Football',
      `${BEIJING} Chelsea have not played Barcelona since that quarter-final tie in Spain.`,
      'Chelsea have not played Barcelona since that quarter-final tie in Spain.',
    ],
    [
      'a scene the reader is asked to imagine: "Picture the scene - …"',
      'Rugby',
      `${BEIJING}\n\nPicture the scene - Wales are camped on the England line in the dying seconds. A ball is flung out to winger Shane Williams who crosses to score the winning try for Wales.`,
      'A ball is flung out to winger Shane Williams who crosses to score the winning try for Wales.',
    ],
    [
      'a "but" with no verb after it',
      'Hungary',
      `${BEIJING} The exact extent and nature of savings are under discussion but subsidies to state enterprises.`,
      'The exact extent and nature of savings are under discussion but subsidies to state enterprises.',
    ],
    [
      'a heading, which is not a sentence',
      'The Dome',
      `${BEIJING}\n\n'Errors' doomed first Dome sale\n\nThe report blamed the government for the errors of the sale.`,
      "'Errors' doomed first Dome sale",
    ],
  ])('not stated: %s', (_, title, body, refused) => {
    const analysis = analysisOf(title, body);
    const drafts = trueFalseForm.make(analysis);
    expect(drafts.map((d) => d.prompt)).toContain(tf(BEIJING.replace(/\.$/, '')));
    const shown = (id: string) => analysis.doc.sentenceById.get(id)?.text;
    // The sentence is in the article as written here, so the check below is about it.
    expect(analysis.doc.sentences.map((s) => s.text)).toContain(refused);
    expect(drafts.filter((d) => d.evidence.some((id) => shown(id) === refused))).toEqual([]);
  });
});
