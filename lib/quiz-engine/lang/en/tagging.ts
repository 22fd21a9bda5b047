/**
 * Corrections to compromise's part-of-speech tags, as compromise match patterns: the bracketed word
 * takes `tag`. Each one is a reading compromise gets wrong in ordinary news prose.
 */
export interface Retag {
  pattern: string;
  tag: string;
  /** Words the bracketed one must not be: `pattern` matches them, but they keep their tags. */
  unless?: string;
}

export const RETAGS: readonly Retag[] = [
  // "The firm said …", "The firm, which is …": compromise reads "firm" as an adjective; a word that
  // stands between "the" and a verb, a preposition or a relative word is the noun itself ("the
  // best of …" and "the more …" stay what they are).
  {
    pattern: '#Determiner [#Adjective] (#Verb|#Preposition|#Conjunction|which|who|that)',
    tag: 'Singular',
    unless: '(#Superlative|#Comparative)',
  },
];
