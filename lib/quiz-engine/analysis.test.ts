import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/lib/text/article';
import { analyzeArticle } from './analysis';

/** The kind the whole analysis gives each name of a small article (after people are promoted). */
function kindsOf(body: string): Map<string, string> {
  const { passages, wordCount } = segmentArticle(`Article\n\n${body}\n`);
  const analysis = analyzeArticle({ slug: 'article', title: 'Article', passages, wordCount });
  return new Map(analysis.names.entities.map((e) => [e.name, e.kind]));
}

describe('analyzeArticle: a name of no known kind becomes a person when the article says so', () => {
  it('a name called by a person noun, or a full name that speaks, is a person', () => {
    const kinds = kindsOf(
      'Godan summoned Sakya Pandita, leader of the Sakya school of Tibetan Buddhism. Qorlak Vandemir said the talks had failed.',
    );
    expect(kinds.get('Sakya Pandita')).toBe('person');
    expect(kinds.get('Qorlak Vandemir')).toBe('person');
  });

  it('a company that announces something, or a party written "the …" that says it, stays no person', () => {
    const kinds = kindsOf(
      'Apple and Motorola announced they were getting together at the end of last year. The Lib Dems say they will look at his plans.',
    );
    expect(kinds.get('Apple')).not.toBe('person');
    expect(kinds.get('Lib Dems')).not.toBe('person');
  });
});
