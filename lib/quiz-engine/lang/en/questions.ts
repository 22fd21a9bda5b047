import type { EntityKind } from '../../stages/names';

/**
 * The question word for an answer of each kind, by the finer kind where one is known ("Which
 * party …", "Which newspaper …"). A kind without an entry is not asked with "which".
 */
export const WHICH_WORDS: Readonly<
  Record<Exclude<EntityKind, 'person'>, Readonly<Record<string, string>>>
> = {
  organization: {
    party: 'Which party',
    newspaper: 'Which newspaper',
    company: 'Which company',
    university: 'Which university',
    school: 'Which school',
    court: 'Which court',
    bank: 'Which bank',
    organization: 'Which organization',
    '': 'Which organization',
  },
  place: {
    country: 'Which country',
    city: 'Which city',
    '': 'Which place',
  },
  thing: {
    law: 'Which law',
    agreement: 'Which agreement',
    event: 'Which event',
    award: 'Which award',
  },
};

/** Question words for dates, by how precisely the date is stated. */
export const WHEN_WORDS: Readonly<Record<string, string>> = {
  day: 'On what date',
  month: 'In which month',
  year: 'In what year',
  decade: 'In which decade',
  century: 'In which century',
  years: 'During which years',
};
