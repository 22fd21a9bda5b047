import nlp from './library';

export interface VerbForms {
  infinitive: string;
  past: string;
  /** Third person singular present ("opposes"). */
  present: string;
  gerund: string;
  /** The past participle when it differs from the past ("seen" beside "saw"). */
  participle?: string;
}

const cache = new Map<string, VerbForms | undefined>();

/** The forms of a verb from its infinitive, as compromise conjugates it ("lose" → lost, loses, losing). */
export function conjugate(infinitive: string): VerbForms | undefined {
  if (cache.has(infinitive)) return cache.get(infinitive);
  const [forms] = nlp(infinitive).verbs().conjugate() as Array<Record<string, string | undefined>>;
  const out =
    forms?.Infinitive && forms.PastTense && forms.PresentTense && forms.Gerund
      ? {
          infinitive: forms.Infinitive,
          past: forms.PastTense,
          present: forms.PresentTense,
          gerund: forms.Gerund,
          ...(forms.Participle && forms.Participle !== forms.PastTense
            ? { participle: forms.Participle }
            : {}),
        }
      : undefined;
  cache.set(infinitive, out);
  return out;
}
