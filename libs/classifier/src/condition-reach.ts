import type { Span } from './clause-reader';

/** The normalized quotation mark: « » “ ” „ all read as it (text-normalizer.ts). */
const QUOTE = '"';

/**
 * Where a condition starting the comma part `part` of `clause` stops governing. A condition inside a
 * quoted title ("по статье «Что будет, если не продлить лицензию» просим root") belongs to the title:
 * it ends where the quote closes, and what the clause asks after the quote is asked plainly.
 */
export function conditionReach(clause: string, part: Span): number {
  if (!insideQuote(clause, part.start)) return part.end;
  const close = clause.indexOf(QUOTE, part.start);
  return close >= 0 && close < part.end ? close : part.end;
}

/** Whether a quote opened before `at` in `text` is still open there. */
function insideQuote(text: string, at: number): boolean {
  let open = false;
  for (let i = text.indexOf(QUOTE); i >= 0 && i < at; i = text.indexOf(QUOTE, i + 1)) open = !open;
  return open;
}
