import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { annotate } from '../nlp/annotate';
import { findAcronyms } from './acronyms';
import { findNames, type Entity, type NameIndex } from './names';

/** The names stage over a small article: paragraphs separated by blank lines, after a title line. */
function namesOf(text: string): NameIndex {
  const { passages } = segmentArticle(`Article\n\n${text}\n`);
  const doc = annotate(passages);
  const acronyms = doc.sentences.flatMap((s) =>
    findAcronyms(s.text).map((a) => ({ ...a, sentenceId: s.id })),
  );
  return findNames(doc, acronyms);
}

interface Expected {
  name: string;
  kind?: Entity['kind'];
  subtype?: string;
  surname?: string;
  /** Whether questions write it with "the". */
  definite?: boolean;
  /** Every other form the article names it by, in any order. */
  aliases?: string[];
  mentions?: number;
}

interface NameCase {
  text: string;
  entities: Expected[];
  /** Forms that are no entity's name or alias. */
  notNames?: string[];
  /** Names that are not people. */
  notPeople?: string[];
}

const byName = (index: NameIndex, name: string) => index.entities.find((e) => e.name === name);

describe('findNames', () => {
  it.each<[string, NameCase]>([
    [
      'an adverb opening a sentence after a quotation is no part of a name ("Meanwhile Mark Oaten")',
      {
        text: 'Des Browne said: "Those who are diagnosed would then need to seek treatment at home." Meanwhile Mark Oaten, Liberal Democrat home affairs spokesman, said: "This is another worrying step."',
        entities: [{ name: 'Mark Oaten', kind: 'person' }],
        notNames: ['Meanwhile Mark Oaten'],
      },
    ],
    [
      'a time zone after a clock time is no part of a name ("by 1300 GMT Carnival\'s shares")',
      {
        text: "Other investors barely blinked, and by 1300 GMT Carnival's shares in London were down. Carnival said it was sorry.",
        entities: [{ name: 'Carnival' }],
        notNames: ['GMT Carnival', 'GMT'],
      },
    ],
    [
      'a surname alone is no one where two of that name are named ("Osbourne said" beside Ozzy and Sharon Osbourne)',
      {
        text: 'Rock star Ozzy Osbourne tackled a burglar at his house. "I acted on impulse," Osbourne said. At a press conference on Tuesday, Sharon Osbourne gave details of nine stolen items.',
        entities: [
          { name: 'Ozzy Osbourne', kind: 'person', aliases: [] },
          { name: 'Sharon Osbourne', kind: 'person', aliases: [] },
        ],
      },
    ],
    [
      'a surname alone is no one where the article names the family ("the Osbournes")',
      {
        text: 'Sharon Osbourne gave details of nine stolen items. On Sunday night, the Osbournes had been celebrating a birthday. "I acted on impulse," Osbourne said.',
        entities: [{ name: 'Sharon Osbourne', kind: 'person', aliases: [] }],
      },
    ],
    [
      'a list after "such as" is of the kind its noun says ("titles such as Fifa and John Madden")',
      {
        text: 'EA publishes blockbuster titles such as Fifa and John Madden, as well as versions of movies such as Harry Potter. Rival companies such as Microsoft and Sony agreed. Politicians such as Tony Blair spoke. "The losers will be workers in countries such as Bangladesh and Nepal," Andrew Pendleton said.',
        entities: [
          { name: 'John Madden', kind: 'thing' },
          { name: 'Harry Potter', kind: 'thing' },
          { name: 'Microsoft', kind: 'organization' },
          { name: 'Tony Blair', kind: 'person' },
          { name: 'Andrew Pendleton', kind: 'person' },
        ],
        notPeople: ['John Madden', 'Harry Potter'],
      },
    ],
    [
      'a role word before a given name is no kind of the name ("Ray star Jamie Foxx")',
      {
        text: 'Ray star Jamie Foxx was best actor in a musical. Foxx was nominated for three awards.',
        entities: [{ name: 'Jamie Foxx', kind: 'person', aliases: ['Foxx'] }],
      },
    ],
    [
      'a noun that says nothing of a kind, before a given name, is no kind ("local resident Francesca …")',
      {
        text: 'But local resident Maria Kowalczyk came to the stall. Ms Kowalczyk said she was a collector.',
        entities: [{ name: 'Maria Kowalczyk', kind: 'person', aliases: ['Kowalczyk'] }],
      },
    ],
    [
      'what someone is, opening a sentence before their name, is no part of it ("Broadcaster Chris Evans")',
      {
        text: 'Broadcaster Jane Hollis has begun selling her furniture. Hollis said it was a relief.',
        entities: [{ name: 'Jane Hollis', kind: 'person', aliases: ['Hollis'] }],
      },
    ],
    [
      'a name word before a connector that ends the sentence ("Come on.") reads nothing past it',
      {
        text: 'Will Young won the vote. Come on.',
        entities: [{ name: 'Will Young', kind: 'person' }],
      },
    ],
    [
      'a plural head before "of" says the kind too ("the Acts of Union" are laws, no union)',
      {
        text: 'The Acts of Union joined the two kingdoms in 1707. The Acts of Union were passed by both parliaments.',
        entities: [{ name: 'Acts of Union', kind: 'thing', subtype: 'law' }],
      },
    ],
    [
      'a number word opening a sentence is no part of a name ("Six Chris Paterson penalties")',
      {
        text: 'Four Tom Hadley goals gave Leeds the win. Hadley scored twice before the break.',
        entities: [{ name: 'Tom Hadley', kind: 'person', aliases: ['Hadley'] }],
        notNames: ['Four Tom Hadley'],
      },
    ],
    [
      'a given name the lexicon knows, read by the tagger as a street, is a person ("Dan Lane")',
      {
        text: 'In only 72 hours, he found Dan Lane, a text message guru living in Britain. In an e-mail, Dan Lane calls it "an early proof of concept."',
        entities: [{ name: 'Dan Lane', kind: 'person' }],
      },
    ],
    [
      'a name whose possessive is a person is what they speak for ("ABN Amro\'s Eddie Wong")',
      {
        text: '"A lot of time is needed to clean up the mess," said ABN Amro\'s Eddie Wong. Mr Wong spoke in Hong Kong.',
        entities: [
          { name: 'ABN Amro', kind: 'organization' },
          { name: 'Eddie Wong', kind: 'person' },
        ],
      },
    ],
    [
      'words before a person\'s title say what the person is ("Lib Dem Sir Archy Kirkwood")',
      {
        text: 'Lib Dem Sir Archy Kirkwood, who chairs the committee, said so. Mr Johnson agreed in London.',
        entities: [{ name: 'Archy Kirkwood', kind: 'person' }],
        notNames: ['Lib Dem'],
      },
    ],
    [
      'a function word opening a sentence after a quotation is no part of a name ("If Holmes")',
      {
        text: 'Kelly Holmes won gold in Athens. He said: "The programme does not permit both." If Holmes does take her place in the GB side, she will run.',
        entities: [{ name: 'Kelly Holmes', kind: 'person', aliases: ['Holmes'] }],
        notNames: ['If Holmes'],
      },
    ],
    [
      'a name that takes a plural verb is a team, not a person ("Chelsea were")',
      {
        text: 'Chelsea created a flurry of chances at Eastlands. Chelsea were now looking more like Premiership leaders. Frank Lampard shot wide.',
        entities: [
          { name: 'Chelsea', kind: 'organization' },
          { name: 'Frank Lampard', kind: 'person' },
        ],
      },
    ],
    [
      'a word before the name says what it names ("Hurricane Mitch" is a storm)',
      {
        text: 'Insurers paid out after Hurricane Mitch hit Honduras. Mitch Albom wrote a book.',
        entities: [
          { name: 'Hurricane Mitch', kind: 'thing', subtype: 'storm' },
          { name: 'Mitch Albom', kind: 'person' },
        ],
      },
    ],
    [
      'a demonym before a noun is no organisation ("the Russian government")',
      {
        text: 'Yukos sued the Russian government in Houston. Rosneft bought Yuganskneftegas. Russian officials refused to comment.',
        entities: [{ name: 'Houston', kind: 'place' }],
        notNames: ['Russian'],
      },
    ],
    [
      'an office "of State" and a country before it are the title, not the name',
      {
        text: 'In a speech in Dalian, U.S. Secretary of State George Shultz said that his country welcomed the interest of China.',
        entities: [
          { name: 'Dalian', kind: 'place' },
          { name: 'George Shultz', kind: 'person' },
          { name: 'China', kind: 'place' },
        ],
        notNames: ['U.S. Secretary of State George Shultz', 'State George Shultz'],
      },
    ],
    [
      'an organisation written "the …" in full keeps "the" when its acronym goes without',
      {
        text: 'The event is held by the Muslim Association of Britain (MAB). Last year MAB opposed the war. MAB said it would campaign.',
        entities: [{ name: 'Muslim Association of Britain', kind: 'organization', definite: true }],
      },
    ],
    [
      'a person "of the WTO" is a person who works for an organisation',
      {
        text: 'Keith Rockwell of the WTO disagreed. Mary Robinson of Ireland spoke. Rockwell left.',
        entities: [
          { name: 'Keith Rockwell', kind: 'person' },
          { name: 'WTO', kind: 'organization' },
          { name: 'Mary Robinson', kind: 'person' },
        ],
        notNames: ['Keith Rockwell of the WTO', 'Mary Robinson of Ireland'],
      },
    ],
    [
      'a member of parliament and the party before it are the title, not the name',
      {
        text: 'In Bethnal Green, former Labour MP George Galloway is standing against sitting MP Oona King. Conservative MEP Daniel Hannan agreed.',
        entities: [
          { name: 'George Galloway', kind: 'person' },
          { name: 'Oona King', kind: 'person' },
          { name: 'Daniel Hannan', kind: 'person' },
        ],
        notNames: ['Labour MP George Galloway', 'MP Oona King', 'Conservative MEP Daniel Hannan'],
      },
    ],
    [
      'an office "of AOL UK" or "of the Exchequer" before a name is the title',
      {
        text: 'Chief Executive of AOL UK Karen Thomson met Chancellor of the Exchequer Gordon Brown in London.',
        entities: [
          { name: 'Karen Thomson', kind: 'person' },
          { name: 'Gordon Brown', kind: 'person' },
        ],
        notNames: [
          'Executive of AOL UK Karen Thomson',
          'Exchequer Gordon Brown',
          'UK Karen Thomson',
        ],
      },
    ],
    [
      'a title word inside a title of a work leaves no "of the Rings" person',
      {
        text: 'Richard Parsons said that sales rose, helped by the success of The Lord of the Rings at cinemas across the country.',
        entities: [{ name: 'Richard Parsons', kind: 'person' }],
        notNames: ['of the Rings', 'Rings'],
      },
    ],
    [
      'a title before a name is not part of it',
      {
        text: 'President-elect Donald J. Trump met South Korean President Yoon Suk Yeol in Seoul on Monday.',
        entities: [
          { name: 'Donald J. Trump', kind: 'person', surname: 'Trump' },
          { name: 'Yoon Suk Yeol', kind: 'person' },
          { name: 'Seoul', kind: 'place', subtype: 'city' },
        ],
        notNames: ['President-elect Donald J', 'South Korean President Yoon Suk Yeol', 'President'],
      },
    ],
    [
      'a country before a title belongs to the title',
      {
        text: 'Zimbabwe President Robert Mugabe is under house arrest. Mugabe has led Zimbabwe since 1980.',
        entities: [
          {
            name: 'Robert Mugabe',
            kind: 'person',
            surname: 'Mugabe',
            aliases: ['Mugabe'],
            mentions: 2,
          },
          { name: 'Zimbabwe', kind: 'place', subtype: 'country', mentions: 1 },
        ],
        notNames: ['Zimbabwe President Robert Mugabe'],
      },
    ],
    [
      '"Sen." and "of <state>" are not part of the name',
      {
        text: 'Sen. Mitch McConnell of Kentucky said the chamber would vote.',
        entities: [
          { name: 'Mitch McConnell', kind: 'person', surname: 'McConnell' },
          { name: 'Kentucky', kind: 'place' },
        ],
        notNames: ['Sen', 'Mitch McConnell of Kentucky'],
      },
    ],
    [
      'initials are part of a name',
      {
        text: 'Former president George H.W. Bush attended the funeral in Houston.',
        entities: [{ name: 'George H.W. Bush', kind: 'person', surname: 'Bush' }],
        notNames: ['George H.W', 'Former'],
      },
    ],
    [
      'initials of several scholars in a list',
      {
        text: 'Most scholars outside China, such as Turrell V. Wylie, Melvin C. Goldstein, and Helmut Hoffman, say that the relationship was one of suzerainty.',
        entities: [
          { name: 'Turrell V. Wylie', kind: 'person' },
          { name: 'Melvin C. Goldstein', kind: 'person', surname: 'Goldstein' },
          { name: 'Helmut Hoffman', kind: 'person' },
          { name: 'China', kind: 'place', subtype: 'country' },
        ],
      },
    ],
    [
      'an initial before the given name',
      {
        text: 'The warning came from C. Eugene Steuerle, a fellow at the Urban Institute in Washington.',
        entities: [
          { name: 'C. Eugene Steuerle', kind: 'person' },
          { name: 'Urban Institute', kind: 'organization' },
        ],
        notNames: ['C', 'Eugene Steuerle'],
      },
    ],
    [
      'a possessive name before an organisation is two names',
      {
        text: "Voters gave Netanyahu's Likud the most seats in the Knesset.",
        entities: [{ name: 'Likud', mentions: 1 }],
        notNames: ["Netanyahu's Likud", "Netanyahu's", 'Netanyahu Likud'],
        notPeople: ['Likud'],
      },
    ],
    [
      'a possessive person',
      {
        text: "The initiative, from Tony Abbott's office, is evidence that the Government has been alarmed.",
        entities: [{ name: 'Tony Abbott', kind: 'person', surname: 'Abbott', aliases: [] }],
        notNames: ["Tony Abbott's"],
      },
    ],
    [
      'the surname alone is the same person',
      {
        text: 'President Barack Obama has admitted his failure to pass gun laws. In an interview with the BBC, Mr Obama said it was distressing.\n\nObama lands in Kenya later on Friday.',
        entities: [
          {
            name: 'Barack Obama',
            kind: 'person',
            surname: 'Obama',
            aliases: ['Obama'],
            mentions: 3,
          },
          { name: 'BBC', kind: 'organization' },
          { name: 'Kenya', kind: 'place', subtype: 'country' },
        ],
        notNames: ['Mr Obama', 'President Barack Obama'],
      },
    ],
    [
      '"Mr." with a period is a title too',
      {
        text: 'The risk was described by Jeffrey Frankel, an economist at Harvard. But Mr. Frankel warns that the government will find it harder to cut taxes.',
        entities: [
          {
            name: 'Jeffrey Frankel',
            kind: 'person',
            surname: 'Frankel',
            aliases: ['Frankel'],
            mentions: 2,
          },
        ],
        notNames: ['Mr. Frankel', 'Mr'],
      },
    ],
    [
      'a Korean name: the family name alone is the person',
      {
        text: 'Moon Jae-in won the election. Critics said Moon moved too fast, but Moon Jae-in kept his promises.',
        entities: [
          { name: 'Moon Jae-in', kind: 'person', surname: 'Moon', aliases: ['Moon'], mentions: 3 },
        ],
      },
    ],
    [
      'a surname two people share means neither',
      {
        text: "Kim Jong Un met Kim Dae-jung's former aides in Pyongyang. Analysts said Kim wanted talks.",
        entities: [
          { name: 'Kim Jong Un', kind: 'person', mentions: 1 },
          { name: 'Kim Dae-jung', kind: 'person', mentions: 1 },
          { name: 'Pyongyang', kind: 'place' },
        ],
        notNames: ['Kim'],
      },
    ],
    [
      'titles in lower case before names',
      {
        text: 'Reports suggest that former security chief Emmerson Mnangagwa has been mapping out a vision, and opposition leader Morgan Tsvangirai returned home.',
        entities: [
          { name: 'Emmerson Mnangagwa', kind: 'person' },
          { name: 'Morgan Tsvangirai', kind: 'person', surname: 'Tsvangirai' },
        ],
      },
    ],
    [
      'a job title before a name',
      {
        text: 'USGS seismologist Tom Parsons warned of a major aftershock, and leading genocide scholar William Schabas disagreed.',
        entities: [
          { name: 'Tom Parsons', kind: 'person', surname: 'Parsons' },
          { name: 'William Schabas', kind: 'person', surname: 'Schabas' },
        ],
        notNames: ['USGS seismologist Tom Parsons'],
      },
    ],
    [
      'an abbreviated military rank',
      {
        text: 'The government of Gen. Pervez Musharraf raised the membership of the chamber.',
        entities: [{ name: 'Pervez Musharraf', kind: 'person' }],
        notNames: ['Gen', 'Gen. Pervez Musharraf'],
      },
    ],
    [
      'a title and a regnal number',
      {
        text: 'The monarch is Queen Elizabeth II, who has reigned since 6 February 1952.',
        entities: [{ name: 'Elizabeth II', kind: 'person' }],
        notNames: ['Queen Elizabeth II', 'Queen'],
      },
    ],
    [
      '"of" inside the name of a bank, a king and a kingdom',
      {
        text: 'The Bank of England raised rates. Charles III of West Francia was crowned in 893. Wales had been annexed by the Kingdom of England.',
        entities: [
          { name: 'Bank of England', kind: 'organization', subtype: 'bank' },
          { name: 'Charles III of West Francia', kind: 'person' },
          { name: 'Kingdom of England', kind: 'place' },
        ],
        notNames: ['Charles III', 'West Francia', 'England'],
      },
    ],
    [
      'an affiliation is not a name',
      {
        text: '"The issue has just disappeared," said Senator Mark Warner, a Virginia Democrat.',
        entities: [{ name: 'Mark Warner', kind: 'person', surname: 'Warner' }],
        notNames: ['Virginia Democrat', 'Senator Mark Warner'],
      },
    ],
    [
      'an acronym is the name it stands for',
      {
        text: 'The People Power Party (PPP) opposed the plan. The PPP later won the presidency.',
        entities: [
          {
            name: 'People Power Party',
            kind: 'organization',
            subtype: 'party',
            aliases: ['PPP'],
            mentions: 3,
          },
        ],
      },
    ],
    [
      'a long acronym with "for the"',
      {
        text: 'The International Criminal Tribunal for the Former Yugoslavia (ICTY) found that genocide had been committed. The ICTY later reviewed the case.',
        entities: [
          {
            name: 'International Criminal Tribunal for the Former Yugoslavia',
            kind: 'organization',
            aliases: ['ICTY'],
            mentions: 3,
          },
        ],
      },
    ],
    [
      'a country and its acronym',
      {
        text: 'The United Kingdom (UK) is a sovereign country in western Europe. Five-sixths of Ireland seceded from the UK in 1922.',
        entities: [
          {
            name: 'United Kingdom',
            kind: 'place',
            subtype: 'country',
            aliases: ['UK'],
            mentions: 3,
          },
          { name: 'Ireland', kind: 'place', subtype: 'country' },
        ],
      },
    ],
    [
      'head words decide the kind: party, newspaper, company, university',
      {
        text: 'The Democratic Party of Korea nominated him. The Washington Post reported the talks, and The New York Times followed. Yahoo Inc. agreed to sell its business. Columbia University and Harvard University issued statements.',
        entities: [
          { name: 'Democratic Party of Korea', kind: 'organization', subtype: 'party' },
          { name: 'Washington Post', kind: 'organization', subtype: 'newspaper' },
          { name: 'New York Times', kind: 'organization', subtype: 'newspaper' },
          { name: 'Columbia University', kind: 'organization', subtype: 'university' },
          { name: 'Harvard University', kind: 'organization', subtype: 'university' },
        ],
        notNames: ['Korea', 'Washington', 'New York'],
      },
    ],
    [
      'laws and constitutions are things',
      {
        text: 'The Affordable Care Act was passed in 2010. The Constitution of Pakistan was adopted in 1973.',
        entities: [
          { name: 'Affordable Care Act', kind: 'thing' },
          { name: 'Constitution of Pakistan', kind: 'thing' },
        ],
        notNames: ['Pakistan'],
      },
    ],
    [
      'a head word alone is the one organisation it heads',
      {
        text: 'The Senate of Pakistan is the upper house of the bicameral legislature. The Senate meets in Islamabad.',
        entities: [
          { name: 'Senate of Pakistan', kind: 'organization', aliases: ['Senate'], mentions: 2 },
          { name: 'Islamabad', kind: 'place', subtype: 'city' },
        ],
        notNames: ['Pakistan'],
      },
    ],
    [
      'compass words and demonyms alone are not names',
      {
        text: 'The North Korean leader met the South Korean president, and the North refused to give up its weapons.',
        entities: [],
        notNames: ['North', 'North Korean', 'South Korean'],
      },
    ],
    [
      'a name with an initial, then its organisation',
      {
        text: '"The cuts will not pay for themselves," said William G. Gale, a senior fellow at the Brookings Institution.',
        entities: [{ name: 'William G. Gale', kind: 'person', surname: 'Gale' }],
        notNames: ['William G', 'William G. Gale of the Brookings Institution'],
      },
    ],
    [
      'a given name that is also a particle ("Ben", "Al") is no particle',
      {
        text: 'Camera phones will be a battle ground, said Ben Wood, principal analyst at research firm Gartner.\n\n"Music is going to be a big theme," said Mr Wood.',
        entities: [
          { name: 'Ben Wood', kind: 'person', surname: 'Wood', aliases: ['Wood'], mentions: 2 },
        ],
        notNames: ['Mr Wood'],
      },
    ],
    [
      'a party or a person noun before a name, and letters after it, are no part of it',
      {
        text: 'The Lib Dems say they will look at his plans, but Tory Liam Fox said his party offered a choice.\n\nSinger Sam Endicott said fame was fun.\n\nIan MacDonald QC quit when the government failed to recognise a ruling.\n\nThe court heard that Americans John Sankus and British-born Australian Hew Raymond Griffiths ran the group.',
        entities: [
          { name: 'John Sankus', kind: 'person' },
          { name: 'Hew Raymond Griffiths', kind: 'person' },
          { name: 'Liam Fox', kind: 'person' },
          { name: 'Sam Endicott', kind: 'person' },
          { name: 'Ian MacDonald', kind: 'person' },
        ],
        notNames: [
          'Tory Liam Fox',
          'Singer Sam Endicott',
          'Ian MacDonald QC',
          'Americans John Sankus',
          'British-born Australian Hew Raymond Griffiths',
        ],
      },
    ],
    [
      'an office "of the" something ends in a person only when a name follows',
      {
        text: 'Trevor Phillips, chairman of the Commission for Racial Equality, called on ministers to act.',
        entities: [{ name: 'Trevor Phillips', kind: 'person' }],
        notPeople: ['Racial Equality', 'Commission for Racial Equality'],
      },
    ],
    [
      'a common noun next to a name says what it is: a game, a programme, a firm, a town',
      {
        text: 'Fans of the game Halo queued all night. He spoke on The Wright Stuff programme.\n\nBen Wood, principal analyst at research firm Gartner, agreed. The trial was held in the town of Santa Maria.\n\nOther pundits included BBC Radio 1 DJ Trevor Nelson.',
        entities: [
          { name: 'Halo', kind: 'thing' },
          { name: 'Gartner', kind: 'organization' },
          { name: 'Santa Maria', kind: 'place' },
          { name: 'Trevor Nelson', kind: 'person' },
        ],
        notPeople: ['Wright Stuff', 'The Wright Stuff'],
        notNames: ['DJ Trevor Nelson'],
      },
    ],
    [
      'a name used as a modifier ("National Audit Office chief") does not decide its "the"',
      {
        text: 'The National Audit Office said Defra had improved its capacity to deal with outbreaks. National Audit Office chief Sir John Bourn said a new scheme was being looked at.',
        entities: [{ name: 'National Audit Office', kind: 'organization', definite: true }],
      },
    ],
    [
      'an office alone, an event or a company after a title word, a hyphenated word: no people',
      {
        text: 'The First Minister met unions before the General Strike of 1926. Rolls-Royce is ahead of General Electric.\n\nThe Organisation for Economic Co-operation and Development (OECD) praised the Marshall Plan.',
        entities: [
          { name: 'Organisation for Economic Co-operation and Development', kind: 'organization' },
          { name: 'Marshall Plan', kind: 'thing' },
        ],
        notNames: ['First Minister'],
        notPeople: ['General Strike', 'Strike', 'General Electric', 'Electric'],
      },
    ],
    [
      'a headline in title case names only what running text names too',
      {
        text: 'As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military\n\nThe federal government could soon pay more in interest than it spends on Medicaid, said Marc Goldwein of the Congressional Budget Office.',
        entities: [{ name: 'Marc Goldwein', kind: 'person' }],
        notNames: ['Government Will Soon Spend More on Interest Than', 'Will Soon Spend More'],
      },
    ],
    [
      'an acronym alone is the thing in general, not the one product named after it',
      {
        text: 'IPTV is about more than telcos. "Telcos have been wanting to do video for a long time," Ed Graczyk, director of marketing for Microsoft IPTV, told the BBC News website. IPTV uses broadband lines.',
        entities: [{ name: 'IPTV', mentions: 2 }],
      },
    ],
    [
      'a company named by its last word ("Networks", "Research")',
      {
        text: 'StreamCast Networks said the ruling was a victory. Analysts at TDG Research agreed with StreamCast Networks.',
        entities: [
          { name: 'StreamCast Networks', kind: 'organization' },
          { name: 'TDG Research', kind: 'organization' },
        ],
      },
    ],
    [
      'a station named by its last word, and a name joined to a participle is an adjective',
      {
        text: 'Nokia is estimating that there will be 100 million Visual Radio-enabled mobile phones in circulation by the end of 2006. The first Visual Radio service in the UK will begin in a few months time with Virgin Radio, who are positive about the impact it could have on their listeners, said Mika Lehtonen of Nokia.',
        entities: [
          { name: 'Virgin Radio', kind: 'organization' },
          { name: 'Mika Lehtonen', kind: 'person' },
        ],
        notNames: ['Visual Radio-enabled'],
        notPeople: ['Virgin Radio'],
      },
    ],
    [
      'a particle joined to the surname',
      {
        text: 'Sudanese President Omar al-Bashir was ousted by the army in April.',
        entities: [{ name: 'Omar al-Bashir', kind: 'person', surname: 'al-Bashir' }],
        notNames: ['Sudanese President Omar al-Bashir', 'Bashir'],
      },
    ],
    [
      'a defined acronym inside a longer name',
      {
        text: 'Moon said South Korea can push ahead with the installation of a U.S. Terminal High Altitude Area Defense (THAAD) battery. Beijing denounced THAAD.',
        entities: [
          { name: 'Terminal High Altitude Area Defense', aliases: ['THAAD'], mentions: 3 },
          { name: 'Beijing', kind: 'place', subtype: 'city' },
          { name: 'United States', kind: 'place', subtype: 'country' },
        ],
        notNames: ['U.S. Terminal High Altitude Area Defense', 'U.S. THAAD'],
      },
    ],
    [
      'an ordinary word opening a sentence is no name',
      {
        text: 'Analysis of the relationship is complicated by modern conflicts. Scholars within China also argue that Tibet has been part of China since the 13th century.',
        entities: [{ name: 'China', kind: 'place', subtype: 'country', mentions: 2 }],
        notNames: ['Analysis', 'Scholars'],
      },
    ],
  ])('%s', (_, { text, entities, notNames = [], notPeople = [] }) => {
    const index = namesOf(text);
    for (const expected of entities) {
      const entity = byName(index, expected.name);
      expect(
        entity,
        `${expected.name} among ${index.entities.map((e) => e.name).join(' | ')}`,
      ).toBeDefined();
      const { aliases, mentions, ...rest } = expected;
      expect(entity).toMatchObject(rest);
      if (aliases) expect([...entity!.aliases].sort()).toEqual([...aliases].sort());
      if (mentions !== undefined) expect(entity!.mentions).toHaveLength(mentions);
    }
    const forms = index.entities.flatMap((e) => [e.name, ...e.aliases]);
    for (const form of notNames) expect(forms, `"${form}" is not a name`).not.toContain(form);
    for (const name of notPeople) expect(byName(index, name)?.kind).not.toBe('person');
  });
});
