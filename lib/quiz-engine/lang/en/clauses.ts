/**
 * The words that open, join and end English clauses, and the pronouns a question may not show
 * without their referent. Lower case.
 */

/** Words that open a subordinate clause, each with what the clause says about the main one. */
export const SUBORDINATORS: Readonly<
  Record<string, 'cause' | 'time' | 'condition' | 'contrast' | 'other'>
> = {
  because: 'cause',
  since: 'time',
  as: 'other',
  when: 'time',
  while: 'contrast',
  whereas: 'contrast',
  although: 'contrast',
  though: 'contrast',
  after: 'time',
  before: 'time',
  until: 'time',
  once: 'time',
  if: 'condition',
  unless: 'condition',
  whether: 'other',
  so: 'other',
  where: 'other',
};

/** Phrases that state a cause: "because of the war", "due to the war", "as a result of the war". */
export const CAUSE_PATTERNS: ReadonlyArray<{ pattern: string; examples: readonly string[] }> = [
  {
    pattern: '[<marker>because of?] [<cause>.+]',
    examples: [
      "Moon also said the agreement has to be re-negotiated because it was reached at a time when former president Park's close friend was meddling in government affairs.",
      'The flights were cancelled because of the storm.',
    ],
  },
  {
    pattern: '[<marker>(due|owing) to] [<cause>.+]',
    examples: ['The project was delayed due to a lack of funding.'],
  },
  {
    pattern: '[<marker>as a result of] [<cause>.+]',
    examples: ['Prices rose as a result of the drought.'],
  },
];

/** Words that open a relative clause about the noun before them. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'who',
  'which',
  'that',
  'whom',
  'whose',
]);

/** Conjunctions that join two clauses or two predicates. */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'yet', 'so', 'nor']);

/** Words that only begin a sentence's link to the one before ("However, …", "Thereafter, …"). */
export const CONNECTIVE_OPENERS: ReadonlySet<string> = new Set([
  'however',
  'but',
  'and',
  'so',
  'yet',
  'also',
  'meanwhile',
  'thereafter',
  'subsequently',
  'later',
  'still',
  'moreover',
  'furthermore',
  'instead',
  'nevertheless',
  'nonetheless',
  'indeed',
  'thus',
  'hence',
  'then',
  'now',
  'finally',
  'similarly',
  'likewise',
  'consequently',
  'therefore',
  'besides',
  'otherwise',
]);

/**
 * Words for a person by what they are that neither compromise's "Actor" tag nor an "-er"/"-ist"
 * ending gives ("the French star"): after "The" and a name, they stand for someone named before.
 */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  'star',
  'chief',
  'legend',
  'icon',
  'forward',
  'hero',
  'rookie',
  'ace',
  'veteran',
  'boss',
  'great',
]);

/** Adverbs that grade a judgement ("a very slick package"): with nothing checkable beside them, an opinion. */
export const INTENSIFIERS: ReadonlySet<string> = new Set([
  'very',
  'so',
  'extremely',
  'really',
  'truly',
  'incredibly',
  'hugely',
  'remarkably',
  'particularly',
  'phenomenally',
  'utterly',
  'absolutely',
  'thoroughly',
  'immensely',
  'terribly',
]);

/**
 * Words that point outside the sentence (to an earlier or later one): a statement or stem that
 * holds one cannot stand alone.
 */
export const CONTEXT_WORDS: ReadonlySet<string> = new Set([
  'this',
  'these',
  'those',
  'such',
  'former',
  'latter',
  // "the nearby Nu River", "the same day", "the remaining 26 projects": relative to what?
  'nearby',
  'neighbouring',
  'neighboring',
  'adjacent',
  'same',
  'previous',
  'preceding',
  'remaining',
  'following',
  'aforementioned',
  'above',
  'below',
  'thereafter',
  'afterwards',
  'subsequently',
  'meanwhile',
  'instead',
  'also',
  'too',
  'again',
  'either',
  'neither',
  'likewise',
  'similarly',
  'otherwise',
  'besides',
  'moreover',
  'furthermore',
  'however',
  'nevertheless',
  'nonetheless',
  'then',
  'there',
  'here',
  'others',
  'another',
  'same',
  'latest',
  'previous',
  'next',
]);

/** Pronouns that need a referent; "it" in "it is estimated that" is not one of them. */
export const REFERRING_PRONOUNS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'him',
  'his',
  'her',
  'hers',
  'himself',
  'herself',
  'they',
  'them',
  'their',
  'theirs',
  'themselves',
  'it',
  'its',
  'itself',
  'we',
  'us',
  'our',
  'ours',
  'i',
  'me',
  'my',
  'mine',
  'you',
  'your',
  'one',
]);

/** Pronouns a speaker uses for themselves and whoever they speak to: quoted words' own referents. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  'you',
  'your',
  'yours',
]);

/** Quantifiers that can stand alone as a subject for people named before ("All were arrested"). */
export const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set([
  'all',
  'both',
  'each',
  'many',
  'most',
  'some',
  'several',
  'few',
  'none',
]);

/** Common nouns that, after "the", usually point back to something named earlier ("the agreement"). */
export const ANAPHORIC_NOUNS: ReadonlySet<string> = new Set([
  'developer',
  'movie',
  'game',
  'console',
  'site',
  'service',
  'device',
  'product',
  'fall',
  'rise',
  'drop',
  'increase',
  'cut',
  'figure',
  'finding',
  'claim',
  'allegation',
  'comment',
  'remark',
  'agreement',
  'deal',
  'plan',
  'proposal',
  'policy',
  'decision',
  'move',
  'issue',
  'matter',
  'idea',
  'view',
  'bill',
  'law',
  'measure',
  'project',
  'program',
  'programme',
  'scheme',
  'report',
  'study',
  'case',
  'incident',
  'attack',
  'event',
  'meeting',
  'talks',
  'summit',
  'announcement',
  'ruling',
  'vote',
  'election',
  'crisis',
  'conflict',
  'dispute',
  'effort',
  'efforts',
  'process',
  'change',
  'changes',
  'system',
  'group',
  'company',
  'firm',
  'country',
  'city',
  'party',
  'man',
  'woman',
  'official',
  'officials',
  'president',
  'leader',
  'government',
  'administration',
  'paper',
  'article',
  'book',
  'film',
  'photo',
  'picture',
  'video',
  'statement',
  'letter',
  'remarks',
  'comments',
  'suspect',
  'victim',
  'victims',
  'couple',
  'family',
  'pair',
  'two',
  'three',
  'move',
  'step',
  'problem',
  'situation',
  'practice',
  'question',
]);

/**
 * Kinds of work: "the abortion drama", "the hit album" describe a work the article named before,
 * unless its title follows.
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'drama',
  'film',
  'movie',
  'comedy',
  'thriller',
  'documentary',
  'musical',
  'album',
  'single',
  'song',
  'novel',
  'book',
  'series',
  'show',
  'play',
  'game',
]);

/**
 * Nouns that, after "the", stand for a name the article gave before ("the city" for New York, "the
 * company" for Yahoo), with the kind of entity they can stand for.
 */
export const KIND_NOUNS: Readonly<
  Record<string, { kind: 'place' | 'organization'; subtype?: string }>
> = {
  city: { kind: 'place', subtype: 'city' },
  country: { kind: 'place', subtype: 'country' },
  nation: { kind: 'place', subtype: 'country' },
  state: { kind: 'place' },
  province: { kind: 'place' },
  region: { kind: 'place' },
  island: { kind: 'place' },
  company: { kind: 'organization', subtype: 'company' },
  firm: { kind: 'organization', subtype: 'company' },
  corporation: { kind: 'organization', subtype: 'company' },
  party: { kind: 'organization', subtype: 'party' },
  newspaper: { kind: 'organization', subtype: 'newspaper' },
  paper: { kind: 'organization', subtype: 'newspaper' },
  university: { kind: 'organization', subtype: 'university' },
  court: { kind: 'organization', subtype: 'court' },
  bank: { kind: 'organization', subtype: 'bank' },
  museum: { kind: 'organization' },
  agency: { kind: 'organization' },
  organization: { kind: 'organization' },
  organisation: { kind: 'organization' },
  group: { kind: 'organization' },
};

/** Nouns that, after "the", mean the one everybody knows ("the world", "the economy"), not one the text introduced. */
export const GENERIC_DEFINITES: ReadonlySet<string> = new Set([
  'world',
  'public',
  'economy',
  'internet',
  'web',
  'environment',
  'past',
  'future',
  'present',
  'military',
  'police',
  'media',
  'press',
  'market',
  'population',
  'people',
  'government',
  'state',
  'law',
  'constitution',
  'election',
  'army',
  'navy',
  'capital',
  'north',
  'south',
  'east',
  'west',
  'top',
  'end',
  'beginning',
  'time',
  'year',
  'day',
  'century',
  'first',
  'last',
  'same',
]);

/**
 * What a story says about its own reporting ("in an interview with the BBC", "told reporters"): the
 * frame, not the news. Clauses about it are not asked.
 */
export const FRAME_WORDS: ReadonlySet<string> = new Set([
  'interview',
  'interviews',
  'reporters',
  'journalists',
  'conference',
]);

/** Adverbs between a subject and its verb that the tagger may read as other words ("The trust now runs"). */
export const MIDDLE_ADVERBS: ReadonlySet<string> = new Set([
  'now',
  'then',
  'still',
  'once',
  'already',
  'currently',
  'also',
  'later',
  'soon',
]);

/** Words before a number that make it approximate and belong to its noun phrase ("about 40,000 people"). */
export const APPROXIMATORS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'some',
  'over',
  'under',
  'only',
  'just',
]);

/** Words that modify the subordinator after them and belong to its clause ("even if", "just as"). */
export const SUBORDINATOR_MODIFIERS: ReadonlySet<string> = new Set([
  'even',
  'just',
  'only',
  'long',
  'shortly',
  'soon',
  'right',
  'especially',
  'particularly',
  'mainly',
  'partly',
  'largely',
  'chiefly',
  'primarily',
  'mostly',
  'simply',
  'precisely',
]);

/** "the world's biggest retailer", "the country's largest bank": scopes of an epithet's superlative. */
export const EPITHET_SCOPES: ReadonlySet<string> = new Set([
  'world',
  'country',
  'nation',
  'region',
  'city',
  'state',
  'industry',
  'sector',
]);
