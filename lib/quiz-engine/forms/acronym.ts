import { paragraphLabel, pickVaried, type Draft, type QuestionForm } from './kit';

/**
 * acronym: what an acronym the article defines stands for, and which acronym the article uses for a
 * long form. Wrong options are the article's other definitions and names of a similar shape.
 */
export const acronymForm: QuestionForm = {
  name: 'acronym: an acronym and what it stands for',
  make(analysis) {
    const drafts: Draft[] = [];
    const seen = new Set<string>();
    const defs = analysis.acronyms.filter((a) =>
      seen.has(a.short) ? false : (seen.add(a.short), true),
    );
    const longForms = [...new Set(defs.map((d) => d.long))];
    const shortForms = [
      ...new Set([
        ...defs.map((d) => d.short),
        ...analysis.doc.sentences.flatMap((s) =>
          s.tokens
            .filter((t) => /^\p{Lu}{2,6}$/u.test(t.bare) && !/^[IVXLC]+$/.test(t.bare))
            .map((t) => t.bare),
        ),
      ]),
    ];
    for (const def of defs) {
      const sentence = analysis.doc.sentenceById.get(def.sentenceId)!;
      const longPool = longForms.filter(
        (l) =>
          l.toLowerCase() !== def.long.toLowerCase() &&
          !l.toLowerCase().includes(def.long.toLowerCase()) &&
          !def.long.toLowerCase().includes(l.toLowerCase()),
      );
      // The article's other expansions: real long forms, none of them this one.
      const long = pickVaried([...new Set(longPool)], 3, def.short);
      if (long.length >= 2)
        drafts.push({
          type: 'acronym',
          prompt: `What does ${def.short} stand for?`,
          explanation: `${paragraphLabel(sentence.paragraph)} writes out ${def.short} as ${def.long}.`,
          evidence: [def.sentenceId],
          key: def.long,
          distractors: long,
          keyId: `acronym:${def.short}`,
          about: [],
          score: 2.8,
          fact: `acronym:${def.short}`,
          shown: [],
          idParts: [def.short, 'long'],
        });
      const short = pickVaried(
        shortForms.filter((s) => s !== def.short && s.length >= 2),
        3,
        def.long,
      );
      if (short.length >= 2)
        drafts.push({
          type: 'acronym',
          prompt: `Which acronym does the article use for “${def.long}”?`,
          explanation: `${paragraphLabel(sentence.paragraph)} shortens ${def.long} to ${def.short}.`,
          evidence: [def.sentenceId],
          key: def.short,
          distractors: short,
          keyId: `acronym:${def.short}`,
          about: [],
          score: 2.4,
          fact: `acronym:${def.short}`,
          shown: [],
          idParts: [def.short, 'short'],
        });
    }
    return drafts;
  },
};
