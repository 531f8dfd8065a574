import { RequestKind } from '@app/domain';
import { ANAPHORIC_REQUEST, ASIDE_THEN_REFUSAL, ASKS_PREVIOUS, BARE_NO, REFUSES_PREVIOUS, REQUEST_CUE, WHAT_IT_IS, WHOSE_BUSINESS } from './classifier.lexicon';
import { ClauseMention, Span } from './clause-reader';
import { FIXED_OURSELVES } from './fixed-ourselves.lexicon';
import { PRICE_OF_PREVIOUS } from './price-of-previous.lexicon';
import { SegmentKind } from './message-segmenter';

/** A mention already read, as a later clause may refer back to it. */
export interface EarlierMention extends ClauseMention {
  segment: SegmentKind;
  /** The clause holding it is a question. */
  question: boolean;
}

/**
 * The asked-for mentions a refusal by pronoun after the clause refers to: the nearest kinds named. "Нужен root, админ не
 * нужен — он у нас есть" gives the reason the administrator is refused; root, named before that refusal, is not its "он".
 */
function referredTo(previous: readonly EarlierMention[]): EarlierMention[] {
  let lastRefused = -1;
  previous.forEach((m, k) => {
    if (m.effect === 'negated') lastRefused = k;
  });
  return previous.filter((m, k) => k > lastRefused && m.effect === 'supports');
}

/** A clause that says what an ask is for ("чтобы…", "so that…"). */
const WISH_OPENING = /^\s*(чтобы|чтоб|so that)(?![a-zа-я])/;
/** A clause split off at "только" only so that a refusal before it stays out ("Нужен | только финальный дамп"). */
const ONLY_OPENING = /^\s*(только|лишь|only|just)(?![a-zа-я])/;
/** A clause ending on its need, whose object follows ("Нужен", "we need"). */
const NEED_ENDING = /(нуж(ен|на|но|ны)|надо|необходим[аоы]?|need|needs|needed|want|wants|require|requires)( нам| мне| us| me)?\s*$/;
/** A line that is an item of a list ("- права…", "• архив…", "2) root"). */
const LIST_ITEM = /^\s*([-–—•*·]|\d{1,2}[.)])/;

/**
 * Reads what a clause says of the clauses before it: an answer to the one before ("Root? no.",
 * "— пока не нужно", "Нам нужен"), a pronoun standing for a backup named earlier ("пришлите её"),
 * a lead-in whose list items it asks for ("Нам нужно:").
 */
export class ClauseLinks {
  /** What a clause naming no kind does to the mentions of the clause before it, if it answers that clause. */
  answer(previous: readonly EarlierMention[], clause: string): 'refused' | 'wanted' | 'asked-about' | 'fixed-by-writer' | null {
    if (BARE_NO.test(clause)) {
      // "Root? no." answers a question; "Root — нет" answers a kind named without an ask, as in a checklist.
      for (const m of previous) if ((m.question || !m.asked) && m.effect === 'supports') m.effect = 'negated';
      return 'refused';
    }
    if (REFUSES_PREVIOUS.test(clause) || ASIDE_THEN_REFUSAL.test(clause)) {
      for (const m of referredTo(previous)) m.effect = 'negated';
      return 'refused';
    }
    // "root и админка — это к вам?", "перенести данные к себе — это сколько стоит?", "какой-то root. Объясните, что это
    // такое": kinds named without an ask, then whether the vendor deals with them, what they cost or what they are.
    if (WHOSE_BUSINESS.test(clause) || PRICE_OF_PREVIOUS.test(clause) || WHAT_IT_IS.test(clause)) {
      for (const m of previous) {
        if (m.effect === 'supports' && !m.asked) {
          m.effect = 'near-miss';
          m.reason = 'inquiry';
        }
      }
      return 'asked-about';
    }
    // "We lost the admin password but reset it ourselves, all fine now": a loss named without an ask, then mended by the
    // writer, is a story told; restoring a lost login counts only when the vendor is asked to do it.
    if (FIXED_OURSELVES.test(clause)) {
      for (const m of previous) {
        if (m.effect === 'supports' && !m.asked) {
          m.effect = 'near-miss';
          m.reason = 'already-done';
        }
      }
      return 'fixed-by-writer';
    }
    if (!ASKS_PREVIOUS.test(clause)) return null;
    // "В статье написано запросить root заранее. Запрашиваем.": a kind asked about, or retold from the vendor, then wanted.
    for (const m of previous) {
      if (m.effect === 'near-miss' && (m.reason === 'inquiry' || m.reason === 'vendor-said')) {
        m.effect = 'supports';
        m.reason = undefined;
        m.asked = true;
      }
    }
    return 'wanted';
  }

  /** A clause naming kinds of its own may still open by refusing those of the clause before it ("— это не про нас, …"). */
  refuses(previous: readonly EarlierMention[], clause: string): void {
    if (REFUSES_PREVIOUS.test(clause)) for (const m of referredTo(previous)) m.effect = 'negated';
  }

  /**
   * A bare "пришлите её" after a backup was named refers to that backup: the mention it adds to `found`. `dataNamed`: the
   * own text named the customer's data as a whole before ("наши данные", "our data"), which a bare copy then is of.
   */
  anaphora(clause: string, found: ClauseMention[], earlier: readonly EarlierMention[], dataNamed = false): void {
    if (found.some((m) => m.label === RequestKind.BACKUP_EXPORT)) return;
    // A course's own backup named before ("архив курса битый") is what a later "пришлите заново" asks for: no export.
    const named = dataNamed || earlier.some((m) => m.segment === 'own' && m.label === RequestKind.BACKUP_EXPORT && m.effect !== 'negated' && m.reason !== 'one-course');
    if (!named) return;
    ANAPHORIC_REQUEST.lastIndex = 0;
    const m = ANAPHORIC_REQUEST.exec(clause);
    if (!m) return;
    found.push({
      label: RequestKind.BACKUP_EXPORT,
      rule: 'anaphoric-request',
      weak: false,
      start: m.index,
      end: m.index + m[0].length,
      effect: 'supports',
      // The phrase is itself a command ("перевыложите заново", "send it again"): what it points back to is asked for.
      asked: true,
    });
  }

  /**
   * "Можно как-то сделать, | чтобы я могла зайти как главный администратор?": a clause opening with "чтобы" says what
   * the ask of the clause just before it is for, so what it names is asked for. "Нужен | только финальный дамп": a clause
   * opening with "только" after one that ends on its need is that need's object.
   */
  wishAsked(text: string, before: Span | null, clause: Span): boolean {
    if (before === null || before.end !== clause.start) return false;
    const opening = text.slice(clause.start, clause.end);
    if (ONLY_OPENING.test(opening)) return NEED_ENDING.test(text.slice(before.start, before.end));
    if (!WISH_OPENING.test(opening)) return false;
    REQUEST_CUE.lastIndex = 0;
    return REQUEST_CUE.test(text.slice(before.start, before.end));
  }

  /**
   * Whether the items of a list are asked for once the clause at `clause` in `text` is read, given whether
   * they were before it: a lead-in that asks ("Нам нужно:") starts such a list, and a line that is no item of it ends it.
   */
  listAsked(asked: boolean, text: string, clause: Span): boolean {
    let last = clause.end - 1;
    while (last > clause.start && /\s/.test(text[last])) last -= 1;
    if (text[last] === ':') {
      REQUEST_CUE.lastIndex = 0;
      return REQUEST_CUE.test(text.slice(clause.start, clause.end));
    }
    if (!asked) return false;
    const startsLine = clause.start === 0 || text.charCodeAt(clause.start - 1) === 10;
    return !startsLine || LIST_ITEM.test(text.slice(clause.start, Math.min(clause.end, clause.start + 8)));
  }
}
