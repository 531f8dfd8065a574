import { ALREADY_DONE, CLOSES_TICKET, REQUEST_CUE, rx, matchesIn } from './classifier.lexicon';
import { Span } from './clause-reader';

/** The own text as the decision reads it: whole, without the answers that refuse a clause, and without the words read as a kind. */
export interface OwnViews {
  /** The own segments' views, in order. */
  parts: readonly string[];
  own: string;
  unanswered: string;
  unread: string;
}

/** The access noun a kind's name goes with ("root-доступ", "пароль root", "admin password"): it is part of the phrase read. */
const ACCESS_NOUN = String.raw`(доступ\w*|парол\w*|прав[аом]?|учетк\w*|access|password|credentials|login|rights|account)`;
// Through rx, so that `\w` takes in Cyrillic endings ("пароль", "доступа", "учётку"), not ASCII alone.
const ACCESS_AFTER = rx(String.raw`^[\s-]*${ACCESS_NOUN}(?![a-zа-я])`, '');
const ACCESS_BEFORE = rx(String.raw`(?<![a-zа-я])${ACCESS_NOUN}( (от|к|для|to|for|of))?[\s-]*$`, '');

/**
 * The own text as the test for an unexplained ask reads it: `text` with the spans of `mentions`, and the access noun each
 * goes with, blanked; its length kept. The access noun beside a refused kind stays: "у нас нет ни пароля рута, ни
 * доступа главного админа … выдайте" may ask for what it seems to refuse, and an ask left in such a ticket is a doubt.
 */
export function unreadText(text: string, mentions: ReadonlyArray<Span & { effect?: string }>): string {
  let out = text;
  for (const m of mentions) {
    const withNoun = m.effect !== 'negated';
    const start = m.start - (withNoun ? (ACCESS_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[0].length ?? 0) : 0);
    const end = m.end + (withNoun ? (ACCESS_AFTER.exec(text.slice(m.end, m.end + 20))?.[0].length ?? 0) : 0);
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/**
 * Data or access the writer says is not needed ("данные нам не нужны", "we don't need the data"): the refused noun asks for
 * nothing, so it is no sign of an ask the rules missed.
 */
export const REFUSED_NOUN = rx(String.raw`\b(данн\w*|файл\w*|архив\w*|копи[ияю]\w*|баз[аыу]|материал\w*|доступ\w*|парол\w*|data|files|archive|cop(y|ies)|access|password)( [a-zа-я]+)? (нам |мне )?(уже |больше |совсем |вообще |пока )?(не нуж(ен|на|но|ны)|не надо|не требу\w*|ни к чему)\b|\b(we |i )?(don'?t|do not|no longer) need (the |our |any |your )?(data|files|archive|cop(y|ies)|access|password)\b`);

/** `text` without the phrases that refuse data or access, their length kept. */
export function withoutRefusals(text: string): string {
  return text.replace(REFUSED_NOUN, (refused) => ' '.repeat(refused.length));
}

/** A sentence of the own text, with its end. */
const SENTENCE = /[^.!?\n]+[.!?\n]*/g;

/** `text` with the sentences `drop` picks blanked, its length kept; `drop` is told where each starts. */
export function withoutSentences(text: string, drop: (sentence: string, start: number) => boolean): string {
  return text.replace(SENTENCE, (sentence: string, start: number) => (drop(sentence, start) ? ' '.repeat(sentence.length) : sentence));
}

/** Whether `pattern` matches `sentence`, which starts at offset `start` of the text; a reader with an index of the text can tell cheaply. */
export type SentenceMatcher = (pattern: RegExp, sentence: string, start: number) => boolean;

/** A matcher with no index: the sentence is scanned. */
export const scanSentence: SentenceMatcher = (pattern, sentence) => matchesIn(pattern, sentence);

/**
 * `text` without the sentences that report something done and ask nothing ("Архив получили, спасибо"), nor those that
 * only let the vendor close the ticket ("Заявку по доступам можно закрывать").
 */
export function withoutReports(text: string, matches: SentenceMatcher = scanSentence): string {
  // The report's own verb ("получили") is no ask, nor is the closing: the ask is looked for in the rest of the sentence.
  return withoutSentences(text, (sentence, start) => {
    const closes = matches(CLOSES_TICKET, sentence, start);
    if (!closes && !matches(ALREADY_DONE, sentence, start)) return false;
    const rest = sentence.replace(ALREADY_DONE, (done) => ' '.repeat(done.length)).replace(CLOSES_TICKET, (done) => ' '.repeat(done.length));
    return !matchesIn(REQUEST_CUE, rest);
  });
}
