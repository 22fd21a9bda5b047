/**
 * A sentence from the article inside quotation marks, as every page and export quotes its evidence.
 * A sentence that itself quotes someone ("\"Tension … could increase,\" he said") keeps its inner
 * quotation as single marks, the usual quote-within-a-quote, so the marks never double up (“"…).
 */
export function quoted(text: string): string {
  return `“${nestDoubleMarks(text.trim())}”`;
}

// An opening mark stands at the start or after a space, dash or bracket; any other is a closing one.
const OPENS_AFTER = /[\s([{\u2013\u2014-]/;

function nestDoubleMarks(text: string): string {
  let out = '';
  for (const [index, char] of [...text].entries()) {
    if (char === '“') out += '‘';
    else if (char === '”') out += '’';
    else if (char === '"') {
      const before = out.at(-1);
      out += index === 0 || (before !== undefined && OPENS_AFTER.test(before)) ? '‘' : '’';
    } else out += char;
  }
  return out;
}
