const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "zero" … "ninety-nine": NUMBER_WORDS[n] is how English writes n in words. */
export const NUMBER_WORDS: readonly string[] = Array.from({ length: 100 }, (_, n) =>
  n < 10
    ? UNITS[n]!
    : n < 20
      ? TEENS[n - 10]!
      : `${TENS[Math.floor(n / 10)]!}${n % 10 ? `-${UNITS[n % 10]!}` : ''}`,
);

/**
 * What follows a figure that is the whole of its span, so asking it tests arithmetic, not reading:
 * "24 hours a day", "seven days a week", "365 days a year".
 */
export const WHOLE_SPANS: readonly string[] = ['hours a day', 'days a week', 'days a year'];

/**
 * What a match report or a timeline counts its clock in: "equalised after 16 minutes", "on 50
 * minutes". When in a game something happened is trivia, not a fact to ask or change.
 */
export const CLOCK_UNITS: ReadonlySet<string> = new Set(['minute', 'minutes', 'mins', 'seconds']);
