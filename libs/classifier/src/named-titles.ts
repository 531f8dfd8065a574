/**
 * Names in quotes after the word for a course, a lesson or a test ("в курсе «Linux: root и sudo»", "the lesson
 * "Backups and dumps""): what such a name holds is the thing's subject, never an ask. Quotes are read as '"'
 * (TextNormalizer folds «», “” and „ into it).
 */
const NAMED_THING = /(^|[^a-zа-я])(курс|тест|урок|модул|раздел|дисциплин|лекци|вебинар|семинар|course|module|lesson|quiz|test|unit|webinar|lecture|class)[a-zа-я]*( (по|on|about|called|named))?\s*"$/;
/** A quoted name of at most this many characters: a longer quote is a message, not a name. */
const MAX_NAME = 120;
const QUOTED = new RegExp(`"[^"\\n]{1,${MAX_NAME}}"`, 'g');

/** Whether the span lies inside a quoted name that follows a course's, a lesson's or a test's word. */
export function inNamedTitle(text: string, span: { start: number; end: number }): boolean {
  const open = text.lastIndexOf('"', span.start - 1);
  if (open < 0) return false;
  const close = text.indexOf('"', span.end);
  if (close < 0 || close - open > MAX_NAME) return false;
  // An even count of quotes before it makes this one an opening quote.
  const before = text.slice(0, open).split('"').length - 1;
  return before % 2 === 0 && NAMED_THING.test(text.slice(Math.max(0, open - 30), open + 1));
}

/** `text` with such names blanked, its length kept: a course called «Базы данных» asks for no database. */
export function withoutNamedTitles(text: string): string {
  return text.replace(QUOTED, (quote, at: number) => (inNamedTitle(text, { start: at + 1, end: at + quote.length - 1 }) ? ' '.repeat(quote.length) : quote));
}
