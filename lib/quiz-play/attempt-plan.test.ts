import { describe, expect, it } from 'vitest';
import { optionOrder, planQuestionOrder, timelineStart } from './attempt-plan';
import { shuffled } from './random';

const questions = Array.from({ length: 20 }, (_, index) => ({ id: `q-${index}` }));

describe('planQuestionOrder', () => {
  it('is the same for the same seed, so a reload does not reshuffle', () => {
    expect(planQuestionOrder(questions, 42)).toEqual(planQuestionOrder(questions, 42));
  });
  it('differs between seeds and keeps every question once', () => {
    const a = planQuestionOrder(questions, 1);
    const b = planQuestionOrder(questions, 2);
    expect(a).not.toEqual(b);
    expect([...a].sort()).toEqual(questions.map((q) => q.id).sort());
  });
  it('limits to the given ids (retry, review) and ignores unknown ones', () => {
    const order = planQuestionOrder(questions, 7, ['q-3', 'q-9', 'q-gone']);
    expect([...order].sort()).toEqual(['q-3', 'q-9']);
  });
});

describe('optionOrder', () => {
  it('shuffles per question but keeps True before False', () => {
    expect(optionOrder(['True', 'False'], 99, 'q')).toEqual(['True', 'False']);
    const choices = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(optionOrder(choices, 5, 'q-1')).toEqual(optionOrder(choices, 5, 'q-1'));
    expect(optionOrder(choices, 5, 'q-1')).not.toEqual(optionOrder(choices, 5, 'q-2'));
  });
});

describe('timelineStart', () => {
  it('never starts in the solved order', () => {
    const answer = ['a', 'b', 'c'];
    for (let seed = 0; seed < 200; seed++) {
      const start = timelineStart(answer, answer, seed, 'q');
      expect(start).not.toEqual(answer);
      expect([...start].sort()).toEqual(answer);
    }
  });
});

describe('shuffled', () => {
  it('leaves its input alone', () => {
    const input = [1, 2, 3, 4];
    shuffled(input, 3);
    expect(input).toEqual([1, 2, 3, 4]);
  });
});
