import { IMPERATIVE, NEGATION, NEGATION_BACKWARD_ONLY, NEGATION_FORWARD_ONLY, NOT_A_NEGATION, REQUEST_CUE } from './classifier.lexicon';
import type { ClauseMention, ClausePatterns, Span } from './clause-reader';

/** A comma part holding one of these is what is kept ("только бэкап"): a refusal beside it does not reach it. */
const ONLY = /(^|[^a-zа-я])(только|лишь|only|just)([^a-zа-я]|$)/;
/** Beyond its own comma part, a refusal reaches only list items this short ("без рута, админки"). */
const MAX_LIST_ITEM_WORDS = 4;
/**
 * A refusal whose comma part names only a pronoun ("…у нас свой, его не надо", "…, нам это ни к чему", "…, так что она
 * больше не нужна") refuses what the nearest part before named. Written against the normalised text, so "это" is "ето".
 */
const PRONOUN_ONLY =
  /^\s*(а |и |но |так что |поэтому |значит |but |and |so )?(нам |мне |us |me )?(его|ее|их|ето|он|она|оно|они|it|them|that|this)( нам| мне)?( больше| уже| теперь| сеичас| вообще| совсем)?\s*$/;
/** The last of a "ни …, ни …" pair before a refusal ("админку ни тому, ни другому не надо"): the refusal is of what the pair's first part named. */
const NEITHER_ITEM = /^\s*(ни|nor) [a-zа-я]+( [a-zа-я]+)?\s*$/;
/** A refusal put off in time alone in its comma part ("…выгрузку, пока не просим") refuses what the part before named. */
const FOR_NOW_ONLY = /^\s*(а |и |but |and )?(пока|пока что|сейчас|еще|now|yet|for now)\s*$/;
/** A refusal whose part holds only the verb it refuses ("root нам, как выяснилось, | выдавать не надо") refuses what an earlier part named. */
const VERB_ONLY = /^\s*(а |и |но )?[а-я]+(ть|ти|чь)(ся)?\s*$/;
/** A substitution ("вместо пароля", "instead of the export"): it refuses only the words right after it, not the rest of its part. */
const SUBSTITUTE = /^(вместо|instead of|rather than)$/;
/** How many words may stand between a substitution and the kind it sets aside ("вместо полной выгрузки"). */
const SUBSTITUTE_REACH_WORDS = 2;
const ALSO = /(^|[^a-zа-я])(тоже|too|either|neither)([^a-zа-я]|$)/;
/** How far after a kind its "тоже" / "either" is looked for. */
const ALSO_REACH = 15;
const AND = /(^|[^a-zа-я])(и|and)([^a-zа-я]|$)/;

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const wordsBetween = (clause: string, from: number, to: number): number => clause.slice(from, to).trim().split(/\s+/).filter(Boolean).length;

/**
 * The round brackets around `span` in the clause, if it lies inside a pair. A bracket the clause
 * leaves open runs to the clause's end: the splitter may have cut the aside before its close
 * ("root на сервере (сейчас у нас есть | только пользователь moodle)"). A smiley's ":(" opens nothing.
 */
function enclosingBrackets(clause: string, span: Span): Span | null {
  const open = clause.lastIndexOf('(', span.start);
  if (open < 0 || clause.lastIndexOf(')', span.start) > open) return null;
  if (open > 0 && /[:;]/.test(clause[open - 1])) return null;
  const found = clause.indexOf(')', span.end);
  const close = found < 0 ? clause.length : found;
  const reopened = clause.indexOf('(', span.end);
  return reopened >= 0 && reopened < close ? null : { start: open, end: close };
}

/** How far the refusals of one clause reach: which of its mentions each one negates. */
export class RefusalScope {
  /**
   * A refusal negates what it follows in its comma part ("root не нужен"), or else what comes after
   * it ("не нужна выгрузка"); it reaches into neighbouring comma parts only while they are bare
   * lists of the same refusal ("админку, рут и выгрузку не надо"), never into a part that asks.
   */
  apply(clause: string, mentions: ClauseMention[], parts: readonly Span[], patterns: ClausePatterns): void {
    const found = patterns.matches(NEGATION, clause);
    if (found.length === 0) return;
    const polite = patterns.matches(NOT_A_NEGATION, clause);
    const negations = found.filter((n) => !polite.some((p) => overlaps(p, n)));
    if (negations.length === 0) return;
    const phraseIs = (pattern: RegExp, n: Span): boolean => patterns.test(pattern, clause, n.start, n.end);
    const partOf = (at: number): number => parts.findIndex((p) => at >= p.start && at < p.end);
    const inPart = (k: number): ClauseMention[] =>
      mentions.filter((m) => m.start >= parts[k].start && m.start < parts[k].end);
    const partText = (k: number): string => clause.slice(parts[k].start, parts[k].end);
    const asks = (k: number): boolean => patterns.test(REQUEST_CUE, clause, parts[k].start, parts[k].end);
    const urges = (k: number): boolean => asks(k) || patterns.test(IMPERATIVE, clause, parts[k].start, parts[k].end);
    const keeps = (k: number): boolean => ONLY.test(partText(k));
    const listItem = (k: number): boolean => partText(k).trim().split(/\s+/).length <= MAX_LIST_ITEM_WORDS;
    const negate = (m: ClauseMention): void => {
      m.effect = 'negated';
      m.reason = undefined;
    };

    for (const negation of negations) {
      // "Просим дамп и moodledata (исполняемые файлы не нужны)": a refusal in brackets reaches only what they hold.
      const brackets = enclosingBrackets(clause, negation);
      if (brackets) {
        mentions.filter((m) => m.start > brackets.start && m.end <= brackets.end).forEach(negate);
        continue;
      }
      const k = partOf(negation.start);
      if (k < 0) continue;
      const forwardOnly = phraseIs(NEGATION_FORWARD_ONLY, negation);
      let before = forwardOnly ? [] : inPart(k).filter((m) => m.end <= negation.start);
      if (!forwardOnly && before.length === 0 && k > 0) {
        const lead = clause.slice(parts[k].start, negation.start);
        if (PRONOUN_ONLY.test(lead)) {
          // The pronoun stands for the nearest kind named, past parts that name none and ask nothing ("что в облаке это ни к чему").
          let j = k - 1;
          while (j > 0 && inPart(j).length === 0 && !asks(j)) j -= 1;
          before = inPart(j);
        } else if (NEITHER_ITEM.test(lead) || (FOR_NOW_ONLY.test(lead) && inPart(k).length === 0)) before = inPart(k - 1);
        // The verb's object lies before a short aside ("как выяснилось", "по-видимому"), unless the part naming it asks.
        else if (VERB_ONLY.test(lead) && inPart(k).length === 0) {
          let j = k - 1;
          while (j > 0 && inPart(j).length === 0 && listItem(j)) j -= 1;
          if (!asks(j) && !keeps(j)) before = inPart(j);
        }
      }
      const backwardOnly = phraseIs(NEGATION_BACKWARD_ONLY, negation);
      // "Админка, к счастью, работает", "Выгрузку, пожалуйста, не делайте": a refusal opening a part that names nothing after it
      // (or one that only looks back) passes over a short aside to what it says of; a refusal that may look ahead stops at an
      // aside that asks ("выгрузку, пожалуйста, сделайте, | не надо ждать": the refusal is of the waiting).
      const opensEmptyPart = backwardOnly || (!forwardOnly && inPart(k).length === 0);
      if (opensEmptyPart && before.length === 0 && k > 0 && !clause.slice(parts[k].start, negation.start).trim()) {
        let j = k - 1;
        while (j > 0 && inPart(j).length === 0 && listItem(j) && (backwardOnly || !urges(j))) j -= 1;
        if (!asks(j)) before = inPart(j);
      }
      const substitutes = SUBSTITUTE.test(clause.slice(negation.start, negation.end));
      const after = backwardOnly
        ? []
        : inPart(k).filter((m) => m.start >= negation.end && (!substitutes || wordsBetween(clause, negation.end, m.start) <= SUBSTITUTE_REACH_WORDS));
      if (before.length > 0) {
        before.forEach(negate);
        for (let j = k - 1; j >= 0 && inPart(j).length > 0 && !asks(j) && !keeps(j); j -= 1) inPart(j).forEach(negate);
      } else if (!backwardOnly) {
        after.forEach(negate);
        // "отмените, пожалуйста, заявку на выгрузку": reach over parts that neither ask nor name anything.
        let reached = after.length > 0;
        for (let j = k + 1; !substitutes && j < parts.length && j <= k + 3 && !asks(j) && !keeps(j); j += 1) {
          const listed = inPart(j);
          if (listed.length === 0 && reached) break;
          if (reached && !listItem(j)) break;
          listed.forEach(negate);
          reached = reached || listed.length > 0;
        }
      }
    }
    // "Бэкап не нужен, админ права тоже": "тоже" repeats the refusal of the part before it.
    for (let k = 1; k < parts.length; k += 1) {
      const text = clause.slice(parts[k].start, parts[k].end);
      if (!ALSO.test(text) || asks(k)) continue;
      if (inPart(k - 1).some((m) => m.effect === 'negated')) inPart(k).forEach(negate);
    }
    // "Рут не нужен и админка тоже", "no root and no admin either": "тоже" after "и" repeats the refusal within the part.
    for (let k = 0; k < parts.length; k += 1) {
      const here = inPart(k);
      for (const m of here) {
        if (m.effect === 'negated' || !ALSO.test(clause.slice(m.end, Math.min(parts[k].end, m.end + ALSO_REACH)))) continue;
        const refused = here.find((n) => n.effect === 'negated' && n.end <= m.start);
        if (refused && AND.test(clause.slice(refused.end, m.start)) && !patterns.test(REQUEST_CUE, clause, m.start, parts[k].end)) negate(m);
      }
    }
  }
}
