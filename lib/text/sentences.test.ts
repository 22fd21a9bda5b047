import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

function split(text: string): string[] {
  return splitSentences(text).map(({ start, end }) => text.slice(start, end));
}

describe('splitSentences', () => {
  it.each([
    [
      'initialisms inside a sentence',
      'Tension between the U.S. and China could increase. Seoul disagreed.',
      ['Tension between the U.S. and China could increase.', 'Seoul disagreed.'],
    ],
    [
      'an initialism followed by a capitalised name',
      'He met U.S. President Trump in Seoul. They talked.',
      ['He met U.S. President Trump in Seoul.', 'They talked.'],
    ],
    [
      'an initialism that ends the sentence',
      'The plan depends on the U.S. The North refused.',
      ['The plan depends on the U.S.', 'The North refused.'],
    ],
    [
      'a letter closing a quotation ends it',
      'Liam Fox said: "It was the worst acting since Prisoner Cell Block H." Labour had broken promises, he said.',
      [
        'Liam Fox said: "It was the worst acting since Prisoner Cell Block H."',
        'Labour had broken promises, he said.',
      ],
    ],
    [
      'a hyphenated initialism',
      'He wants a strong Korea-U.S. alliance. It matters.',
      ['He wants a strong Korea-U.S. alliance.', 'It matters.'],
    ],
    [
      'titles and initials',
      'Mr. Moon met Dr. Kim and J. K. Rowling. Then he left.',
      ['Mr. Moon met Dr. Kim and J. K. Rowling.', 'Then he left.'],
    ],
    [
      'a run of initials',
      'Writers include Rudyard Kipling, A. A. Milne and H. G. Wells. They sold well.',
      ['Writers include Rudyard Kipling, A. A. Milne and H. G. Wells.', 'They sold well.'],
    ],
    [
      '"No." as a word, "No. 5" as an abbreviation',
      'He said No. Then he signed Bill No. 5 into law.',
      ['He said No.', 'Then he signed Bill No. 5 into law.'],
    ],
    [
      'decimals and numbers',
      'Growth was 2.5 percent in 2017. Exports rose 3.1 percent.',
      ['Growth was 2.5 percent in 2017.', 'Exports rose 3.1 percent.'],
    ],
    [
      'a four-dot ellipsis ends the sentence, three dots do not',
      '"We need partnership with China.... Seoul also needs Japan." He paused... Then he went on.',
      [
        '"We need partnership with China....',
        'Seoul also needs Japan."',
        'He paused... Then he went on.',
      ],
    ],
    [
      'sentences ending inside straight and curly quotes',
      'He said, "We will talk." Moon said, “It is unavoidable.” China objected.',
      ['He said, "We will talk."', 'Moon said, “It is unavoidable.”', 'China objected.'],
    ],
    [
      'a multi-sentence quote that closes with its attribution stays whole',
      '"I will never allow provocations. I will prevent war," he said. "I will act."',
      ['"I will never allow provocations. I will prevent war," he said.', '"I will act."'],
    ],
    [
      'hyphenated Korean names',
      'Moon Jae-in met Ahn Cheol-soo. Park Geun-hye was impeached.',
      ['Moon Jae-in met Ahn Cheol-soo.', 'Park Geun-hye was impeached.'],
    ],
    [
      'question and exclamation marks',
      'Will it work? Nobody knows! Time will tell.',
      ['Will it work?', 'Nobody knows!', 'Time will tell.'],
    ],
    [
      'a lower-case continuation is not a new sentence',
      'The talks ended at 5 p.m. on Friday. Nothing was agreed.',
      ['The talks ended at 5 p.m. on Friday.', 'Nothing was agreed.'],
    ],
    ['text without final punctuation', 'A heading-like line', ['A heading-like line']],
  ])('handles %s', (_case, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('returns offsets that slice the original text exactly, without surrounding space', () => {
    const text = '  First one.   Second one.  ';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 2, end: 12 },
      { start: 15, end: 26 },
    ]);
  });
});
