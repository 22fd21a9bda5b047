import { TextField } from '@/components/ui/text-field';

/** What a reader may say about an article they bring, as typed (all optional). */
export interface ArticleDetails {
  title: string;
  publisher: string;
  /** YYYY-MM-DD from a date input, or empty. */
  date: string;
}

export const NO_DETAILS: ArticleDetails = { title: '', publisher: '', date: '' };

/** The details worth sending: trimmed, and only those given. */
export function givenDetails(details: ArticleDetails): Partial<ArticleDetails> {
  const title = details.title.trim();
  const publisher = details.publisher.trim();
  return {
    ...(title ? { title } : {}),
    ...(publisher ? { publisher } : {}),
    ...(details.date ? { date: details.date } : {}),
  };
}

/**
 * The optional title, publisher and date of an article being added, for pasted text and files
 * alike; `hints` says what each changes, for readers new to the form.
 */
export function ArticleDetailsFields({
  id,
  details,
  onChange,
  hints = false,
}: {
  id: string;
  details: ArticleDetails;
  onChange: (details: ArticleDetails) => void;
  hints?: boolean;
}) {
  const set = (field: keyof ArticleDetails) => (value: string) =>
    onChange({ ...details, [field]: value });
  return (
    <div className="grid gap-6">
      <TextField
        id={`${id}-title`}
        label="Title"
        optional
        value={details.title}
        onChange={set('title')}
        autoComplete="off"
        hint={
          hints
            ? 'Left empty, the article’s first line is used when it reads like a title.'
            : undefined
        }
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField
          id={`${id}-publisher`}
          label="Publisher"
          optional
          value={details.publisher}
          onChange={set('publisher')}
          autoComplete="off"
        />
        <TextField
          id={`${id}-date`}
          label="Article’s date"
          optional
          type="date"
          value={details.date}
          onChange={set('date')}
          hint={
            hints
              ? 'When it was published: “last year” in the text is read from this date.'
              : undefined
          }
        />
      </div>
    </div>
  );
}
