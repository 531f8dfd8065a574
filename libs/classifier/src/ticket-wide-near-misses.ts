import { RequestKind } from '@app/domain';
import { CONSOLE, CONSOLE_BESIDE_HANDOVER, IMPERATIVE, REGAIN_ACCESS, RESTORE, rx, ROOT_BY_CONSOLE, SALES_PITCH, WRITER_ASKS, matchesIn } from './classifier.lexicon';
import { EarlierMention } from './clause-links';

/** A mention placed in the original text, as the ticket reader keeps it. */
export interface PlacedEvidence extends EarlierMention {
  origStart: number;
  origEnd: number;
  /** The text of its segment and where its clause lies in it, to tell later what the clause itself says. */
  view: string;
  clauseStart: number;
  clauseEnd: number;
}

/** A website built on another engine ("сайт школы на WordPress", "our Joomla site"): it is not the LMS. */
const OTHER_ENGINE_SITE = rx(String.raw`\b(саит\w*|site|website)( [a-zа-я]+){0,3} (на|on|built on|built with|in) (wordpress|вордпресс\w*|joomla|джумл\w*|tilda|тильд\w*|bitrix|битрикс\w*|drupal|wix|opencart)\b|\b(wordpress|joomla|tilda|bitrix|битрикс\w*|drupal|wix)[ -](саит\w*|site|website)\b`);
/** "Или только через консоль?", "or is the console the only way now?": the console asked about as the last way left, not chosen. */
const CONSOLE_AS_ALTERNATIVE = rx(String.raw`(^|[.!?\n]\s*)(или|or)\b[^.!?\n]{0,40}(консол\w*|console)[^.!?\n]*\?`, '');
const SITE_WORD = /сайт|site/i;
/** The LMS named in the phrase itself ("копию сайта СЭО"): then the copy is of the LMS whatever else has a site. */
const LMS_NAMED = /сэо|сдо|moodle|мудл|lms|платформ|platform/i;

/** The own text, normalised, and a test of a lexicon pattern against it through the prefix index. */
export interface OwnText {
  own: string;
  matches: (pattern: RegExp) => boolean;
}

/**
 * Near-misses only the whole own text shows: root the customer takes through the server console ("we'll do it via
 * console") is not asked of the vendor, a sales pitch asks for nothing, a backup merely named beside a restore is the
 * customer's own, and a copy of "the site" where the site is named as built on another engine is a copy of that
 * website, not of the LMS.
 */
export function markTicketWideNearMisses(text: string, own: PlacedEvidence[], ownText: OwnText, commands: boolean): void {
  // "Читали про сброс через консоль, но боимся, просим передать пароль root": a clause asking for root, the console
  // named elsewhere, still asks; so does a ticket asking whether the console is now the only way ("или только через консоль?"),
  // or offering the console as the other way of the handover it asks for.
  if (!commands && ownText.matches(ROOT_BY_CONSOLE) && !CONSOLE_AS_ALTERNATIVE.test(ownText.own) && !ownText.matches(CONSOLE_BESIDE_HANDOVER)) {
    for (const m of own) if (m.effect === 'supports' && m.label === RequestKind.ROOT_ACCESS && !asksOwnClause(m)) nearMiss(m, 'console');
  }
  // "Продаём базы данных школ, полная копия за 4990 руб.": a sales pitch asks for nothing, whatever it names.
  if (!commands && ownText.matches(SALES_PITCH)) for (const m of own) if (m.effect === 'supports') nearMiss(m, 'sales-pitch');
  // "We have last night's backup on our NAS. Can you restore it?": a backup only named, never asked for, in a ticket about
  // restoring data (getting an account back is no restore of data).
  const backups = own.filter((m) => m.effect === 'supports' && m.label === RequestKind.BACKUP_EXPORT);
  if (!commands && backups.length > 0 && backups.every((m) => !m.asked) && ownText.matches(RESTORE) && !ownText.matches(REGAIN_ACCESS)) for (const m of backups) nearMiss(m, 'restore');
  const siteCopies = own.filter((m) => m.effect === 'supports' && m.label === RequestKind.BACKUP_EXPORT && ofSite(text.slice(m.origStart, m.origEnd)));
  // Scanned plainly: the prefix index knows only the lexicon's patterns, and a copy of "the site" is rare enough.
  OTHER_ENGINE_SITE.lastIndex = 0;
  if (siteCopies.length > 0 && OTHER_ENGINE_SITE.test(ownText.own)) for (const m of siteCopies) nearMiss(m, 'other-website');
}

/**
 * The mention's clause is the writer's own request ("просим передать пароль root"), no question ("does the root reset
 * article apply?"), and does not name the console itself.
 */
function asksOwnClause(m: PlacedEvidence): boolean {
  if (m.asked !== true || m.question) return false;
  if (matchesIn(CONSOLE, clauseOf(m))) return false;
  // "Поэтому просим, | чтобы root выдали именно вы": the ask may open the sentence, the clause only says what is asked.
  const sentence = sentenceUpTo(m);
  return matchesIn(IMPERATIVE, sentence) || matchesIn(WRITER_ASKS, sentence);
}

/** The mention's clause with what its sentence says before it, at most 80 characters back. */
function sentenceUpTo(m: PlacedEvidence): string {
  let from = m.clauseStart;
  while (from > 0 && m.clauseStart - from < 80 && !/[.!?\n]/.test(m.view[from - 1])) from -= 1;
  return m.view.slice(from, m.clauseEnd);
}

/** The text of the clause holding the mention. */
export function clauseOf(m: PlacedEvidence): string {
  return m.view.slice(m.clauseStart, m.clauseEnd);
}

function ofSite(phrase: string): boolean {
  return SITE_WORD.test(phrase) && !LMS_NAMED.test(phrase);
}

function nearMiss(m: PlacedEvidence, reason: string): void {
  m.effect = 'near-miss';
  m.reason = reason;
}
