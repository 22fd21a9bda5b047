import { acronymForm } from './acronym';
import { evidenceForm } from './evidence';
import { fillInForm } from './fill-in';
import { howManyForm } from './how-many';
import type { QuestionForm } from './kit';
import { matchingForm } from './matching';
import { objectForm } from './object';
import { quoteForm } from './quote';
import { timelineForm } from './timeline';
import { trueFalseForm } from './true-false';
import { whatForm } from './what';
import { whenForm } from './when';
import { whereForm } from './where';
import { whoForm } from './who';
import { whyForm } from './why';

/**
 * Every question form, each a small module over the analysis. A new form is a file here that
 * returns drafts, added to this list (see the engine README).
 */
export const QUESTION_FORMS: readonly QuestionForm[] = [
  whoForm,
  objectForm,
  whatForm,
  whenForm,
  howManyForm,
  whereForm,
  whyForm,
  quoteForm,
  acronymForm,
  trueFalseForm,
  fillInForm,
  evidenceForm,
  timelineForm,
  matchingForm,
];

export type { Draft, QuestionForm } from './kit';
