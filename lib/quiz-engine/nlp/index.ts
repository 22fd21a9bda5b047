export { annotate } from './annotate';
export type * from './document';
export {
  lexicon,
  lexiconTags,
  namesSomething,
  plainParse,
  termShare,
  textHas,
  textMatches,
} from './text';
export { conjugate } from './verbs';
