import { Language, RequestKind } from '@app/domain';
import { Evidence } from './classification.types';
import * as lexicon from './classifier.lexicon';
import {
  ACCESS_REQUEST, ALREADY_DONE, OWN_DATA_NAMED, CARRY_OFF, CLOSES_TICKET, CLOSING_REPLY, COMMAND, DATA_REQUEST, DEMONSTRATIVE, DOMAIN_REQUEST, IMPERATIVE, JUST_ASKING, MISSING, REPORTED_ASK, REQUEST_CUE, SENT_BY_VENDOR, TAKE_AWAY,
  TURNED_DOWN, WHOLE_SYSTEM, WITHDRAWAL,
} from './classifier.lexicon';
import { Trigger, TRIGGERS } from './classifier.lexicon';
import { Span } from './clause-reader';
import { TriggerHits, TriggerLocator } from './trigger-locator';
import { ClauseReader } from './clause-reader';
import { endsWithQuestionMark, splitClauses } from './clause-splitter';
import { ClauseLinks } from './clause-links';
import { LanguageDetector } from './language-detector';
import { MessageSegmenter, Segment } from './message-segmenter';
import { TextNormalizer } from './text-normalizer';
import { PrefixIndex, PrefixWindow } from './prefix-index';
import { QuoteEndFinder } from './quote-end-finder';
import { QuotedAnswerReader } from './quoted-answer';
import { OwnViews, unreadText, withoutReports } from './own-views';
import { UnreadAsks } from './unread-asks';
import { clauseOf, markTicketWideNearMisses, PlacedEvidence } from './ticket-wide-near-misses';

/** What the reading saw, beyond the labels: the confidence estimate is made from these. */
export interface ReadingSignals {
  transliterated: boolean;
  /** Some label rests only on weak phrases ("бэкап", "ssh"). */
  weakOnly: boolean;
  /** The ticket names a kind but does not ask for it (near-miss, refusal, already held). */
  hasNearMiss: boolean;
  hasNegation: boolean;
  /** A label both asked for and refused or near-missed elsewhere in the ticket. */
  conflict: boolean;
  /** Request phrases appear only in quoted text. */
  quotedOnly: boolean;
  /** Nothing is asked, yet the new text is a short reply above a quote that asks for a kind, and it neither closes nor declines. */
  quoteLeftOpen: boolean;
  /** Labels were taken from a quote because the new text confirms it. */
  confirmedQuote: boolean;
  /** Labels were found but nothing in the ticket asks for anything. */
  noRequestCue: boolean;
  /** Labels came only through an anaphoric request ("если есть — пришлите её"). */
  anaphoric: boolean;
  ownChars: number;
  /** No label, yet the ticket asks for something about data or access. */
  unexplainedRequest: boolean;
  /** The unexplained request is about data or files. */
  unexplainedDataRequest: boolean;
  /** Some label is named only in clauses that ask for nothing ("root access, warranty ends Friday"). */
  unasked: boolean;
  /** Every phrase behind the labels sits in a question or under a condition, and nothing is commanded. */
  questionOnly: boolean;
  /** Own text names the kinds many times: the more mentions, the more ways to misread one. */
  manyMentions: boolean;
}

export interface Reading {
  labels: RequestKind[];
  language: Language;
  evidence: Evidence[];
  signals: ReadingSignals;
}

interface PlacedMention extends PlacedEvidence {
  order: number;
}

/**
 * Near-misses that account for the request words around them: the words belong to a title, to a request put off, or to
 * an administrator who is away ("главный админ в отпуске, а мне надо включить регистрацию").
 */
const ACCOUNTED = new Set(['role', 'deferred', 'admin-away']);
/** Near-misses that cast no doubt on an ask of their kind: "our admin is on leave, please give us admin rights" gives the reason for it. */
const NO_CONFLICT = new Set(['admin-away']);
/** Longest new text still read as a short reply to the quote under it. */
const SHORT_REPLY = 300;
const LABEL_ORDER = [RequestKind.ADMIN_ACCESS, RequestKind.BACKUP_EXPORT, RequestKind.ROOT_ACCESS];

/** Every pattern the reading runs: the index rules out those whose words a text lacks. */
const INDEXED_PATTERNS = [
  ...TRIGGERS.map((t) => t.pattern),
  ...Object.values(lexicon).filter((value): value is RegExp => value instanceof RegExp),
];

export class TicketReader {
  private readonly segmenter = new MessageSegmenter();
  private readonly normalizer = new TextNormalizer();
  private readonly detector = new LanguageDetector();
  private readonly clauses = new ClauseReader();
  private readonly links = new ClauseLinks();
  private readonly quoteEnds = new QuoteEndFinder();
  private readonly quotedAnswers = new QuotedAnswerReader();
  private readonly index = new PrefixIndex(INDEXED_PATTERNS);
  private readonly triggers = new TriggerLocator(this.index);
  private readonly window = new PrefixWindow(this.index);
  private readonly unreadAsks = new UnreadAsks();

  /**
   * `segments` are the text's parts as MessageSegmenter splits them and QuoteEndFinder reopens them, when the caller has
   * them already.
   */
  read(text: string, segments: readonly Segment[] = this.quoteEnds.reopen(text, this.segmenter.split(text))): Reading {
    const ownText = segments.filter((s) => s.kind === 'own').map((s) => text.slice(s.start, s.end)).join('\n');
    const { language, transliterated } = this.detector.detect(ownText.trim() ? ownText : text);

    const mentions: PlacedMention[] = [];
    const ownTexts: string[] = [];
    // Own text without the answers that refuse the clause before ("— пока не нужно"): those put off one thing, not the ticket.
    const unanswered: string[] = [];
    // Own text without the words the rules read as a kind: what is left may ask for something no rule read.
    // The words are blanked out only when an unexplained ask needs it: a ticket with a label never does.
    const ownParts: Array<{ text: string; mentions: PlacedMention[] }> = [];
    let order = 0;
    let withdrawnBefore = -1;
    let backupNamed = false;
    let dataNamed = false;
    // "Root? no.": the clause before a bare "no" asked a question about a kind, and the answer refuses it.
    let previous: PlacedMention[] = [];
    // Where the next own text starts once they are joined by line breaks.
    let ownOffset = 0;
    this.index.forgetSeen();
    for (const segment of segments) {
      if (segment.kind === 'signature') continue;
      const view = this.normalizer.normalize(text, segment.start, segment.end, transliterated);
      const own = segment.kind === 'own';
      this.index.index(view.text);
      if (own) {
        ownTexts.push(view.text);
        this.index.rememberSeen(ownOffset);
        ownOffset += view.text.length + 1;
      }
      // Triggers are looked for once in the whole segment; only clauses where one starts are read.
      const hits = this.triggers.locate(view.text);
      const passed = new Array<number>(hits.length).fill(0);
      const withdrawals = own ? this.index.spans(WITHDRAWAL, view.text, 0) : [];
      const dataNames = own ? this.index.spans(OWN_DATA_NAMED, view.text, 0) : [];
      let kept = view.text;
      const firstOfSegment = order;
      // "Нам нужно:\n- права…\n- архив…": the items of a list a request introduces are asked for.
      let listAsked = false;
      let before: Span | null = null;
      for (const clause of splitClauses(view.text)) {
        const triggers = this.triggersIn(hits, clause, passed);
        if (own) listAsked = this.links.listAsked(listAsked, view.text, clause);
        const wishAsked = own && this.links.wishAsked(view.text, before, clause);
        before = clause;
        for (const w of withdrawals) if (w.start >= clause.start && w.start < clause.end) withdrawnBefore = order;
        // "What happens to our data? … How can we get a copy?": the data named as a whole is what a later bare copy is of.
        if (dataNames.some((d) => d.start < clause.start)) dataNamed = true;
        const anaphoraPossible = own && (backupNamed || dataNamed);
        if (triggers.length === 0) {
          const answer = own && previous.length > 0 ? this.links.answer(previous, view.text.slice(clause.start, clause.end)) : null;
          if (answer === 'refused') kept = kept.slice(0, clause.start) + ' '.repeat(clause.end - clause.start) + kept.slice(clause.end);
          if (answer !== null || !anaphoraPossible) {
            previous = [];
            continue;
          }
        }
        const clauseText = view.text.slice(clause.start, clause.end);
        // "Вам нужна выгрузка всей системы целиком | или только отдельных курсов?": in a quoted message the vendor's
        // either-or question is one question, though "только" parts its clauses.
        const question = endsWithQuestionMark(view.text, clause.start, clause.end) || (!own && sentenceAsks(view.text, clause.end));
        // "Про выгрузку в вашем письме — это не про нас, все данные и так у нас": a refusal of the clause before, then more of its own.
        if (own && previous.length > 0) this.links.refuses(previous, clauseText);
        previous = [];
        this.window.origin = clause.start;
        const found = triggers.length === 0 ? [] : this.clauses.read(clauseText, triggers, this.window);
        if (anaphoraPossible) this.links.anaphora(clauseText, found, mentions, dataNamed);
        for (const m of found) {
          if (m.label === RequestKind.BACKUP_EXPORT && m.effect !== 'negated' && own) backupNamed = true;
          const start = clause.start + m.start;
          const end = clause.start + m.end;
          // Spelled out rather than spread: mentions differ in shape, and spreading them is slow.
          mentions.push({
            label: m.label,
            rule: m.rule,
            weak: m.weak,
            effect: m.effect,
            reason: m.reason,
            asked: m.asked || listAsked || wishAsked,
            start,
            end,
            origStart: view.starts[start],
            origEnd: view.ends[end - 1],
            segment: segment.kind,
            order: order++,
            question,
            view: view.text,
            clauseStart: clause.start,
            clauseEnd: clause.end,
          });
          if (own) previous.push(mentions[mentions.length - 1]);
        }
      }
      if (own) {
        unanswered.push(kept);
        ownParts.push({ text: view.text, mentions: mentions.slice(firstOfSegment) });
      }
    }

    const ownNormalized = ownTexts.join('\n');
    const views: OwnViews = {
      parts: ownTexts,
      own: ownNormalized,
      unanswered: unanswered.join('\n'),
      get unread() {
        return ownParts.map((part) => unreadText(part.text, part.mentions)).join('\n');
      },
    };
    return this.decide(text, mentions, views, language, transliterated, withdrawnBefore);
  }

  private decide(
    text: string,
    mentions: PlacedMention[],
    views: OwnViews,
    language: Language,
    transliterated: boolean,
    withdrawnBefore: number,
  ): Reading {
    const { own: ownNormalized, unanswered } = views;
    const asks = this.ownMatches(REQUEST_CUE, ownNormalized);
    const own = mentions.filter((m) => m.segment === 'own');
    const quoted = mentions.filter((m) => m.segment === 'quoted');

    // A weak phrase beside a strong one of its kind ("a copy of our Moodle (database + files)") only spells the strong one out.
    const strong = new Set(own.filter((m) => m.effect === 'supports' && !m.weak).map((m) => m.label));
    for (const m of own) {
      if (m.effect === 'supports' && m.weak && !asks && !strong.has(m.label)) {
        m.effect = 'near-miss';
        m.reason = 'no-request';
      }
    }
    this.applyWithdrawal(own, withdrawnBefore);
    // "Почему висит заявка «Выгрузка данных»? … ничего выгружать не надо": named in a question that asks nothing, refused elsewhere.
    for (const m of own) {
      // "Учительница просит, чтобы ей дали админку … админку не надо": someone else's ask, refused by the writer after it.
      // "Ученик просил sudo, я ему отказал": a reported ask the writer turned down is refused the same way.
      const refusedLater = (): boolean =>
        own.some((n) => n.label === m.label && n.effect === 'negated' && n.order > m.order) || this.ownMatches(TURNED_DOWN, ownNormalized);
      if (m.effect === 'supports' && (m.question ? !m.asked && own.some((n) => n.label === m.label && n.effect === 'negated') : refusedLater() && reportsAsk(m))) {
        m.effect = 'near-miss';
        m.reason = 'refused-elsewhere';
      }
    }
    // "Выгрузка не требуется — сервер и его бэкапы у нас": a kind refused in so many words is not asked back by a bare word for it.
    const refusedOutright = new Set(own.filter((m) => m.effect === 'negated' && !m.weak).map((m) => m.label));
    for (const m of own) {
      if (m.effect === 'supports' && m.weak && refusedOutright.has(m.label) && !strong.has(m.label) && !scan(IMPERATIVE, clauseOf(m))) {
        m.effect = 'near-miss';
        m.reason = 'refused-elsewhere';
      }
    }
    const commands = this.ownMatches(COMMAND, ownNormalized);
    if (this.justAsking(unanswered, ownNormalized) && !commands) {
      for (const m of own) {
        if (m.effect === 'supports') {
          m.effect = 'near-miss';
          m.reason = 'just-asking';
        }
      }
    }

    markTicketWideNearMisses(text, own, { own: ownNormalized, matches: (pattern) => this.ownMatches(pattern, ownNormalized) }, commands);
    // "Вы пишете, что выгрузки достаточно … — подготовьте её": the kind retold is the one then asked for, so the retelling casts no doubt.
    for (const m of own) {
      if (m.reason === 'vendor-said' && own.some((n) => n.label === m.label && n.effect === 'supports')) {
        m.effect = 'supports';
        m.reason = undefined;
      }
    }
    if (!commands) this.markHeldNamedAgain(own);
    const supported = new Set(own.filter((m) => m.effect === 'supports').map((m) => m.label));
    const named = new Set(supported);
    // New text that asks nothing of its own may answer the quote: its requests then count.
    // A weak phrase alone ("yes, database and files") only spells out the answer: the quote is still what is confirmed.
    const onlyWeak = own.every((m) => m.effect !== 'supports' || m.weak);
    // "Yes, go ahead with the export (database + files)" under a reminder naming every kind: the answer takes up only what it names.
    // "Подтверждаю: нужен root, админ СЭО не нужен" under "root or the administrator?": a kind refused is never taken from the quote.
    const refused = new Set(own.filter((m) => m.effect === 'negated').map((m) => m.label));
    const confirmedQuote = onlyWeak && this.quotedAnswers.confirm(views.parts, quoted, refused, named);
    if (confirmedQuote) {
      for (const m of quoted) if (m.effect === 'supports' && !refused.has(m.label) && (named.size === 0 || named.has(m.label) || m.reason === 'confirmed')) supported.add(m.label);
    }
    const labels = LABEL_ORDER.filter((label) => supported.has(label));

    const evidence: Evidence[] = mentions.map((m) => ({
      label: m.label,
      phrase: text.slice(m.origStart, m.origEnd),
      start: m.origStart,
      end: m.origEnd,
      rule: m.reason ? `${m.rule}:${m.reason}` : m.rule,
      effect: m.segment === 'quoted' && m.effect === 'supports' ? 'quoted' : m.effect,
    }));

    const supports = own.filter((m) => m.effect === 'supports');
    // "Когда удаляете бэкапы? И можно получить последний?": a backup set aside as a near-miss, then an ask to obtain one.
    const obtainsMissed =
      labels.length === 0 &&
      own.some((m) => m.label === RequestKind.BACKUP_EXPORT && m.effect === 'near-miss') &&
      this.ownMatches(TAKE_AWAY, ownNormalized);
    const wholeSystem =
      labels.length === 0 && (this.ownMatches(WHOLE_SYSTEM, ownNormalized) || this.ownMatches(CARRY_OFF, ownNormalized) || obtainsMissed);
    const weakOnly = labels.some((label) => !mentions.some((m) => m.label === label && !m.weak && (m.effect === 'supports' && (m.segment === 'own' || confirmedQuote))));
    // "I'm the Moodle admin; the calendar is broken": the admin word is the writer's title, not an ask for access.
    const accounted = own.length > 0 && own.every((m) => m.reason !== undefined && ACCOUNTED.has(m.reason));
    // "Просим КП на перенос СЭО на наш сервер": the ask is for the offer, and it explains every request word.
    // "Root и админка работают. Заявку можно закрывать": an ask only in reports and closings is none.
    const unexplained =
      labels.length === 0 && asks && this.asksBesideReports(ownNormalized) && !(own.length > 0 && own.every((m) => m.reason === 'price-offer'));
    // What may ask for something no rule read: the own text less the words read as a kind, the data or access refused,
    // the messages the system shows, the reports of what was done and the asks to restore a copy or come back to the cloud.
    const asked = unexplained ? this.unreadAsks.read(views.unread) : undefined;
    const quotedOnly = supports.length === 0 && quoted.some((m) => m.effect === 'supports');
    const signals: ReadingSignals = {
      transliterated,
      weakOnly,
      hasNearMiss: own.some((m) => m.effect === 'near-miss'),
      hasNegation: own.some((m) => m.effect === 'negated'),
      conflict: labels.some((label) => own.some((m) => m.label === label && m.effect !== 'supports' && !NO_CONFLICT.has(m.reason ?? ''))),
      quotedOnly,
      // "Повторно направляем просьбу ниже", "Оба, пожалуйста": a short reply may carry the quote in words no rule reads.
      quoteLeftOpen: quotedOnly && labels.length === 0 && ownNormalized.length <= SHORT_REPLY && !this.ownMatches(CLOSING_REPLY, ownNormalized),
      confirmedQuote,
      noRequestCue: labels.length > 0 && !asks,
      // A label taken from a confirmed quote rests on the quote's own words, not on a pronoun or a question of the new text.
      anaphoric: !confirmedQuote && labels.some((label) => supports.every((m) => m.label !== label || m.rule === 'anaphoric-request')),
      ownChars: ownNormalized.length,
      unexplainedRequest: asked !== undefined && (asked.asks(accounted ? ACCESS_REQUEST : DOMAIN_REQUEST) || wholeSystem),
      unexplainedDataRequest: asked !== undefined && (asked.asks(DATA_REQUEST) || wholeSystem),
      unasked: labels.some((label) => supports.every((m) => m.label !== label || !m.asked) && !confirmedQuote),
      questionOnly: labels.length > 0 && !commands && !confirmedQuote && supports.every((m) => m.question),
      manyMentions: own.length >= 5,
    };
    return { labels, language, evidence, signals };
  }

  /** Whether `pattern` matches the own text (its segments' views joined by line breaks), tried where the index found its prefixes. */
  private ownMatches(pattern: RegExp, ownNormalized: string): boolean {
    return this.index.testSeen(pattern, ownNormalized);
  }

  /**
   * Whether the own text, which asks, still asks once its reports and closings are left out. A
   * sentence is read for one only at the places the index found one could begin; when none is left
   * out, the own text is what remains, and it asks.
   */
  private asksBesideReports(ownNormalized: string): boolean {
    if (!this.index.mayMatchSeen(ALREADY_DONE) && !this.index.mayMatchSeen(CLOSES_TICKET)) return true;
    const rest = withoutReports(ownNormalized, (pattern, sentence, start) => this.index.testSeenIn(pattern, ownNormalized, start, sentence));
    return rest === ownNormalized || scan(REQUEST_CUE, rest);
  }

  /**
   * Whether the own text less the answers that refuse a question says it only asks. With no such
   * answer the two are one text, the one the index walked, so only the places of the pattern's
   * prefixes are tried; an answer blanked out may change what matches next to it, so then it is scanned.
   */
  private justAsking(unanswered: string, ownNormalized: string): boolean {
    return unanswered === ownNormalized ? this.ownMatches(JUST_ASKING, ownNormalized) : scan(JUST_ASKING, unanswered);
  }

  /**
   * "Дамп сняли сами. Достаточно ли этого дампа?", "Выгрузку скачали. moodledata 90 ГБ — это нормально?": a kind held (or
   * refused), named again after "этот" or in a clause that asks for nothing, is the one held; the caller has seen no command.
   * A kind held may be named by a weak word when its clause says the vendor made or sent it ("the export you sent, downloaded"):
   * that is the copy itself; a weak word only reported done ("we got the backup e-mail") may be anything.
   */
  private markHeldNamedAgain(own: PlacedMention[]): void {
    const held = own.filter(
      (m) => (m.effect === 'negated' || m.reason === 'already-done') && (!m.weak || (m.reason === 'already-done' && scan(SENT_BY_VENDOR, clauseOf(m)))),
    );
    if (held.length === 0) return;
    for (const m of own) {
      if (m.effect !== 'supports' || !held.some((h) => h.label === m.label && h.order < m.order)) continue;
      const pointedBack = scan(DEMONSTRATIVE, m.view.slice(Math.max(m.clauseStart, m.start - 40), m.start));
      // "Но дампа базы в папке нет": a part missing from the copy held is still wanted.
      if ((!m.asked || pointedBack) && !scan(MISSING, clauseOf(m))) {
        m.effect = 'near-miss';
        m.reason = 'held-elsewhere';
      }
    }
  }

  /** "Can we get sudo? Never mind, we found it": a later withdrawal cancels what came before it. */
  private applyWithdrawal(own: PlacedMention[], withdrawnBefore: number): void {
    for (const m of own) {
      if (m.effect === 'supports' && m.order < withdrawnBefore) {
        m.effect = 'near-miss';
        m.reason = 'withdrawn';
      }
    }
  }

  /**
   * The triggers whose segment matches touch the clause, in lexicon order. Matches lying wholly in
   * the clause are exactly what the pattern finds in the clause alone; a match running past either
   * end may match differently there, shorter, so for such a trigger the clause is searched again.
   * Clauses come in order, and so do each trigger's matches, which never overlap: `passed[t]` counts
   * trigger t's matches that end before this clause, and so before every later one.
   */
  private triggersIn(hits: readonly TriggerHits[], clause: Span, passed: number[]): Array<{ trigger: Trigger; spans: Span[] | null }> {
    const out: Array<{ trigger: Trigger; spans: Span[] | null }> = [];
    for (let t = 0; t < hits.length; t += 1) {
      const { trigger, spans } = hits[t];
      while (passed[t] < spans.length && spans[passed[t]].end <= clause.start) passed[t] += 1;
      let inside: Span[] | null = null;
      let touches = false;
      for (let k = passed[t]; k < spans.length; k += 1) {
        const h = spans[k];
        if (h.start >= clause.end) break;
        if (!touches) {
          touches = true;
          inside = [];
        }
        if (h.start >= clause.start && h.end <= clause.end) inside?.push({ start: h.start - clause.start, end: h.end - clause.start });
        else inside = null;
      }
      if (touches) out.push({ trigger, spans: inside });
      // A straddling match leaves `inside` null for good: later pushes go nowhere.
    }
    return out;
  }
}

/** Whether the mention's clause, with what its sentence says before it, reports someone else's ask ("завуч просит, | чтобы ему дали админку"). */
function reportsAsk(m: PlacedMention): boolean {
  return scan(REPORTED_ASK, sentenceUpTo(m.view, m.clauseStart, m.clauseEnd));
}

/** The clause with what its sentence says before it ("завуч просит, | чтобы ему дали админку"), at most 80 characters back. */
function sentenceUpTo(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 80 && !/[.!?\n]/.test(text[from - 1])) from -= 1;
  return text.slice(from, end);
}

/** Whether the sentence going on past `from` ends with a question mark. */
function sentenceAsks(text: string, from: number): boolean {
  const end = text.slice(from).search(/[.!?\n]/);
  return end >= 0 && text[from + end] === '?';
}

/** A plain scan, for text the prefix index has not walked (the own text less its answered questions, or less the words read as a kind). */
function scan(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
