import type { ClassResults } from '@/lib/classroom/results';

/** The name column: it stays at the left edge while the questions scroll under it. */
const STICKY = 'sticky left-0 z-10 border-r border-border';

/**
 * Students × questions. Each cell says ✓ or ✗ with the chosen answer (never colour alone). `hiddenQuestionId`
 * is the teacher-paced question not yet revealed: it shows only "answered", so a projected dashboard
 * does not give the key away.
 */
export function ResultsTable({
  results,
  hiddenQuestionId,
}: {
  results: ClassResults;
  hiddenQuestionId: string | null;
}) {
  if (results.rows.length === 0) {
    return <p className="text-lg text-muted">No students have joined yet.</p>;
  }
  return (
    // The table scrolls inside this region, never the page; the name column stays put while it does.
    // `relative` keeps the cells' screen-reader text (absolutely placed) inside it too.
    <div
      className="relative max-w-full overflow-x-auto rounded-md border border-border focus-visible:outline-2 focus-visible:outline-focus"
      role="region"
      aria-label="Results table"
      tabIndex={0}
    >
      <table className="w-full border-collapse text-left text-base">
        <caption className="sr-only">
          Each student’s answer to each question: ✓ right, ✗ wrong, — not answered.
        </caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className={`${STICKY} bg-surface p-2`}>
              Student
            </th>
            {results.questions.map((question) => (
              <th key={question.id} scope="col" className="p-2 whitespace-nowrap">
                <abbr title={question.prompt} className="no-underline">
                  Q{question.number}
                </abbr>
              </th>
            ))}
            <th scope="col" className="p-2">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {results.rows.map((row) => (
            <tr key={row.participantId} className="border-t border-border">
              <th
                scope="row"
                className={`${STICKY} max-w-40 truncate bg-bg p-2 font-semibold sm:max-w-48`}
              >
                {row.name}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.questionId} className="p-2 align-top">
                  {cell.choice === null ? (
                    <span className="text-muted">
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">not answered</span>
                    </span>
                  ) : cell.questionId === hiddenQuestionId ? (
                    <span className="text-muted">answered</span>
                  ) : cell.correct ? (
                    <span className="text-ok">
                      <span aria-hidden="true">✓ </span>
                      <span className="sr-only">right: </span>
                      {cell.choice}
                    </span>
                  ) : (
                    <span className="text-bad">
                      <span aria-hidden="true">✗ </span>
                      <span className="sr-only">wrong: </span>
                      {cell.choice}
                    </span>
                  )}
                </td>
              ))}
              <td className="p-2 font-semibold whitespace-nowrap">
                {row.score}/{row.cells.length}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-border bg-surface">
          <tr>
            <th scope="row" className={`${STICKY} bg-surface p-2`}>
              % correct
            </th>
            {results.questions.map((question) => (
              <td key={question.id} className="p-2 font-semibold">
                {question.id === hiddenQuestionId
                  ? 'after reveal'
                  : question.percentCorrect === null
                    ? '—'
                    : `${question.percentCorrect}%`}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
