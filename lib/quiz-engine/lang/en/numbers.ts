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
