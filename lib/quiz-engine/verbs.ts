import nlp from 'compromise';

export interface VerbForms {
  infinitive: string;
  past: string;
  present: string;
  participle: string;
}

const cache = new Map<string, VerbForms | null>();

const IRREGULAR: Record<string, VerbForms> = {
  is: { infinitive: 'be', past: 'was', present: 'is', participle: 'been' },
  are: { infinitive: 'be', past: 'were', present: 'are', participle: 'been' },
  was: { infinitive: 'be', past: 'was', present: 'is', participle: 'been' },
  were: { infinitive: 'be', past: 'were', present: 'are', participle: 'been' },
  has: { infinitive: 'have', past: 'had', present: 'has', participle: 'had' },
  have: { infinitive: 'have', past: 'had', present: 'has', participle: 'had' },
  had: { infinitive: 'have', past: 'had', present: 'has', participle: 'had' },
};

/** Conjugations of a verb as written ("suggested" → suggest/suggested/suggests), cached per word. */
export function verbForms(word: string): VerbForms | undefined {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  const cached = cache.get(lower);
  if (cached !== undefined) return cached ?? undefined;
  // A subject in front makes compromise read the word as a verb ("suggested" alone reads as an adjective).
  const conjugated = nlp(`they ${lower}`).verbs().conjugate()[0] as
    Record<string, string> | undefined;
  const forms =
    conjugated?.Infinitive && conjugated.PastTense
      ? {
          infinitive: conjugated.Infinitive,
          past: conjugated.PastTense,
          present: conjugated.PresentTense ?? `${conjugated.Infinitive}s`,
          participle: conjugated.Participle ?? conjugated.PastTense,
        }
      : null;
  cache.set(lower, forms);
  return forms ?? undefined;
}
