import { rx } from './classifier.lexicon';
import type { Span } from './clause-reader';

/** A verb that hands something over, with whom to: "только" after it names what, not a new thought ("пришлите только базу"). */
const HANDING_OVER = String.raw`(пришлите|вышлите|дайте|выдайте|отдайте|передайте|скиньте|сделайте|подготовьте|выгрузите|send|give|provide|prepare)( нам| мне| us| me)?`;

// Sentence ends, spaced dashes, and the contrastive words that start a new thought: a refusal
// before "только"/"but" does not reach the request after it.
// A full stop before a digit or a letter ("22.04", "it@kmpk.ru", "sdo.ttek.ru") is part of a number, a date or an address.
const CLAUSE_BREAK = rx(
  String.raw`([!?;\n]|\.(?![\da-zа-я]))+|\s[—-]+\s|\s(?=(а|но|зато|однако|чтобы|but|however|instead|so that|so please)\b)|\s(?=(только|просто|only|just)\b)(?<!\b${HANDING_OVER}\s)`,
);

/** The clauses of a text, each with the terminator that ends it: a question mark tells a question from a request. */
export function splitClauses(text: string): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    const end = m.index + m[0].length;
    if (end > start) clauses.push({ start, end });
    start = end;
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex += 1;
  }
  if (start < text.length) clauses.push({ start, end: text.length });
  return clauses;
}

/** Whether text.slice(start, end).trimEnd() ends with "?", read in place. */
export function endsWithQuestionMark(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last >= start && isTrimmedSpace(text.charCodeAt(last))) last -= 1;
  return last >= start && text.charCodeAt(last) === 0x3f;
}

/** What trimEnd drops: white space and line terminators. */
function isTrimmedSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
