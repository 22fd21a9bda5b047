import type { DateGranularity } from '../../nlp/document';

/**
 * Where dates are written, as compromise match patterns tried in this order (an earlier match wins
 * over an overlapping later one). compromise's own #Date chunks cover days, months, years and ranges;
 * centuries and decades it misreads ("in the 10th century" as a day), so they come first.
 */
export const DATE_PATTERNS: ReadonlyArray<{
  pattern: string;
  granularity?: DateGranularity;
  examples: readonly string[];
}> = [
  {
    pattern:
      '(in|during|by|since|from|until|of)? the? (early|late|mid|middle)? #Ordinal (century|centuries)',
    granularity: 'century',
    examples: [
      'The Normans adopted the Catholic religion in the 10th century.',
      'In the late 18th century, the empire expanded.',
    ],
  },
  {
    pattern: '(in|during|by|since|from|until|of)? the? (early|late|mid|middle)? /^[0-9]{3}0s$/',
    granularity: 'decade',
    examples: ['By the 1990s the paper had the largest circulation in Canada.'],
  },
  {
    // Times only the day of writing makes sense of: found so they can leave a question, never asked.
    pattern:
      '(earlier|later)? (this|last|next|past) (week|month|year|weekend|decade|summer|winter|spring|autumn|fall|few days|few weeks|few months)',
    granularity: 'relative',
    examples: [
      'The Data Retention Bill will be debated in the House of Representatives this week.',
    ],
  },
  {
    // A short time counted back from the day of writing, or from an event told before ("about
    // 30,000 years ago" stands alone).
    pattern:
      '(a|an|few|several|#TextValue) #TextValue? (day|days|week|weeks|month|months|year|years|decade|decades) (ago|earlier|later)',
    granularity: 'relative',
    examples: [
      'Venus Williams, who lost in the Melbourne final two years ago, opens against Eleni Daniilidou.',
      'A decade earlier, the company had moved to Leeds.',
    ],
  },
  {
    pattern:
      '/^[0-9]{1,2}$/ (day|days|week|weeks|month|months|year|years|decade|decades) (ago|earlier|later)',
    granularity: 'relative',
    examples: ['The theatre was sold at auction 18 months ago.'],
  },
  {
    pattern:
      '(in|over|during) the (past|last|next) (few|two|three|several)? (days|weeks|months|years)',
    granularity: 'relative',
    examples: ['A team has been doing the rounds of media organisations in the past few days.'],
  },
  {
    pattern: '#Date+',
    examples: [
      'Moon Jae-in on 23 April 2017 unveiled his plan.',
      'He said on May 28, 2007 that the war was over.',
      'New York served as the capital of the United States from 1785 until 1790.',
      'The coup happened in November 2017.',
    ],
  },
];

/**
 * What a sentence must have for compromise-dates to find a time in it (any of these patterns): a
 * month, a weekday, a clock time, a word of time, or a year or decade. Only such sentences get its
 * (costly) tagger. A regex term cannot sit inside an alternation, hence two patterns.
 */
export const DATE_CUES: readonly string[] = [
  '(#Month|#WeekDay|#Year|#Time|century|centuries|decade|decades|year|years|month|months|week|weeks|' +
    'day|days|weekend|today|yesterday|tomorrow|tonight|ago|spring|summer|autumn|winter|fall|quarter|' +
    'noon|midnight|morning|afternoon|evening|night|era|period)',
  '/^[0-9]{3,4}s?$/',
];

/**
 * Time zones, written after a clock time ("by 1300 GMT Carnival's shares …", "at 2010 GMT"): the
 * figure before one is no year, and the zone is no part of a name.
 */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'GMT',
  'BST',
  'UTC',
  'CET',
  'CEST',
  'EST',
  'EDT',
  'CST',
  'CDT',
  'PST',
  'PDT',
  'ET',
  'PT',
]);
