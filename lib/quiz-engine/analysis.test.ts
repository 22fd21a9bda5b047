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

  it('a company that announces, a party written "the …", a charity named in ordinary words: no people', () => {
    const kinds = kindsOf(
      'Apple and Motorola announced they were getting together at the end of last year. The Lib Dems say they will look at his plans.\n\nDavid Rogers, from the Local Government Association, said agencies were working together. And Tony Hunter, president of the Association of Directors of Social Services, said the plans could improve dignity. But Age Concern argued social care was chronically under-funded and older people were being offered choice in principle, but not in practice. Its director general, Gordon Lishman, said: "Direct payments will not work if there are no services for people to choose from locally."',
    );
    expect(kinds.get('Apple')).not.toBe('person');
    expect(kinds.get('Lib Dems')).not.toBe('person');
    expect(kinds.get('Age Concern')).not.toBe('person');
  });
});
