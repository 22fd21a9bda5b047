import type { ArticleEntities } from '@/lib/quiz-check/entities';
import type { Quiz } from '@/lib/quiz-engine/schema';
import type { Scope } from './bank';
import {
  sizeFigures,
  trueFalseFigures,
  typeMix,
  type SizeFigures,
  type TrueFalseFigures,
  type TypeMix,
} from './counts';
import { paragraphCoverage, type ParagraphCoverage } from './coverage';
import { articleEntities, gateFigures, type GateFigures } from './gates';
import {
  distractorVariety,
  keyConcentration,
  keyPositions,
  type DistractorVariety,
  type KeyConcentration,
  type KeyPositions,
} from './keys';
import { squadCoverage, type SquadArticle, type SquadCoverage } from './squad';

/** Every figure of one article's quiz, over the questions it was given (the bank or the default quiz). */
export interface ArticleFigures {
  /** What the questions are: the whole ranked bank, or the default quiz cut from it. */
  scope: Scope;
  size: SizeFigures;
  types: TypeMix;
  trueFalse: TrueFalseFigures;
  keys: KeyConcentration;
  positions: KeyPositions;
  paragraphs: ParagraphCoverage;
  distractors: DistractorVariety;
  gates: GateFigures;
  /** Null for an article without SQuAD questions. */
  squad: SquadCoverage | null;
  /** Why the engine's output is not a valid quiz (schema), or null when it is. */
  contract: string | null;
}

export interface EvaluateOptions {
  squad?: SquadArticle;
  /** The checker's entities for this article, when already built (they do not depend on the questions). */
  entities?: ArticleEntities;
  contract?: string | null;
  /** Which questions the quiz given holds (see `scoped`); 'bank' unless said. */
  scope?: Scope;
}

export function articleFigures(quiz: Quiz, options: EvaluateOptions = {}): ArticleFigures {
  const { questions } = quiz;
  return {
    scope: options.scope ?? 'bank',
    size: sizeFigures(quiz),
    types: typeMix(questions),
    trueFalse: trueFalseFigures(questions),
    keys: keyConcentration(questions),
    positions: keyPositions(questions),
    paragraphs: paragraphCoverage(quiz),
    distractors: distractorVariety(questions),
    gates: gateFigures(quiz, options.entities ?? articleEntities(quiz)),
    squad: options.squad ? squadCoverage(quiz, options.squad) : null,
    contract: options.contract ?? null,
  };
}

/** Figures over all articles together. */
export interface PooledFigures {
  articles: number;
  questions: number;
  /** Mean over articles of questions per 100 words (each article weighs the same). */
  meanPer100Words: number;
  trueFalse: TrueFalseFigures;
  /** Human SQuAD questions over all SQuAD articles; null when none was evaluated. */
  squad: { questions: number; covered: number; share: number } | null;
  gateViolations: number;
}

export function pooledFigures(articles: readonly ArticleFigures[]): PooledFigures {
  const sum = (of: (figures: ArticleFigures) => number) =>
    articles.reduce((total, figures) => total + of(figures), 0);
  const tfCount = sum((f) => f.trueFalse.count);
  const trueCount = sum((f) => f.trueFalse.trueCount);
  const withSquad = articles.flatMap((f) => (f.squad ? [f.squad] : []));
  const squadQuestions = withSquad.reduce((total, s) => total + s.questions, 0);
  const squadCovered = withSquad.reduce((total, s) => total + s.covered, 0);
  return {
    articles: articles.length,
    questions: sum((f) => f.size.questions),
    meanPer100Words: articles.length ? sum((f) => f.size.per100Words) / articles.length : 0,
    trueFalse: { count: tfCount, trueCount, trueShare: tfCount ? trueCount / tfCount : null },
    squad: withSquad.length
      ? {
          questions: squadQuestions,
          covered: squadCovered,
          share: squadQuestions ? squadCovered / squadQuestions : 0,
        }
      : null,
    gateViolations: sum((f) => f.gates.violations),
  };
}
