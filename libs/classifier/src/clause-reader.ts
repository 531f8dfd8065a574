import { RequestKind } from '@app/domain';
import { EvidenceEffect } from './classification.types';
import {
  ADMIN_UI, ALREADY_DONE, ANAPHORIC_REQUEST, matchesIn, COURSE_TURNED_DOWN, BILLED_LINE, BY_VENDOR, CABINET, CABINET_CHANNEL, CONSOLE, CONSOLE_BESIDE_HANDOVER, COURSE_SCOPE, DUMP_TAKEN_OURSELVES, HOW_TO, IMPERATIVE, DEFINITION, SELF_SERVICE, SELF_RECEIVED, FIRST_PLAN, NOT_LMS_ADMIN, OBTAIN, PRICE_OFFER, INTEGRATION, EXPLAIN, TAKE_AWAY, REQUEST_CUE, ASKS_FOR_IT, COMMAND, POLITE_CONDITION, CONDITION, DEFERRED, DELETION, DELETION_DEADLINE, INQUIRY, MALFUNCTION, MAYBE, ONE_COURSE, OTHER_SYSTEM_SOURCE, REGAIN_ACCESS, RESTORE, RETENTION, SENT_BY_VENDOR, ONCE_MORE, SERVICE_ACCOUNT, SYSTEM_AS_SOURCE, SYSTEM_SCOPE, SUBJUNCTIVE, TOPIC_PUT_OFF, Trigger, TRIGGERS, USER_LEVEL_EXPORT, VENDOR_KEEPS_ACCESS, VENDOR_SAID, WRITER_ASKS, WRITER_DID, DONE_YET,
} from './classifier.lexicon';
import { RefusalScope } from './refusal-scope';
import { WriterTitleReader } from './writer-title-reader';
import { conditionReach } from './condition-reach';
import { inNamedTitle } from './named-titles';
import { COPY_NAMED, REDIRECT } from './redirect.lexicon';
import { ADMIN_AWAY } from './admin-away.lexicon';

/** A trigger phrase found in one clause, before the ticket-level decision. Offsets are in the clause. */
export interface ClauseMention {
  label: RequestKind;
  rule: string;
  weak: boolean;
  start: number;
  end: number;
  effect: EvidenceEffect;
  /** Why the effect is not 'supports', appended to the rule name in the evidence. */
  reason?: string;
  /** The clause holding it asks for something; a label named only in clauses that do not is a doubtful one. */
  asked?: boolean;
}

export interface Span {
  start: number;
  end: number;
}

function matches(pattern: RegExp, text: string): Span[] {
  const found: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return found;
}

const ALL_UNKNOWN = TRIGGERS.map((trigger) => ({ trigger, spans: null }));

/**
 * Runs the lexicon's patterns on a clause. The plain way scans the clause; a faster one may know
 * where in the clause each pattern can start (prefix-index.ts), with the same answers.
 */
export interface ClausePatterns {
  /** Whether `pattern` matches clause.slice(from, to). */
  test(pattern: RegExp, clause: string, from: number, to: number): boolean;
  /** The matches of a global `pattern` in the clause, in order. */
  matches(pattern: RegExp, clause: string): readonly Span[];
}
const SCAN: ClausePatterns = {
  test: (pattern, clause, from, to) => matchesIn(pattern, from === 0 && to >= clause.length ? clause : clause.slice(from, to)),
  matches,
};

// Copies the customer makes ("резервную копию сделаем сами", "pg_dump снимем сами"); handing data over stays a request.
const SELF_MADE_COPY = new Set(['backup', 'backup-of-data', 'copy-of-data', 'dump']);
/** Phrases that name the whole holding themselves ("забрать всё, что накопилось: курсы, оценки"): courses listed after them are a part of it. */
const WHOLE_BY_ITS_WORDS = new Set(['keep-everything', 'courses-with-history']);
const HOW_TO_ASKS_FOR_IT = new Set(['move-data-out', 'hand-over-data', 'keep-everything', 'data-out', 'all-out-of-system']);
const SERVER_ADMIN = new Set(['server-admin', 'os-level']);
/** The topic words that make the kind after them what a later letter is about ("про", "насчёт", "about"). */
const TOPIC_OF = /(^|[^a-zа-я])(про|о|об|обо|насчет|по поводу|относительно|about|regarding|re)( [a-zа-я]+)?\s*$/;

const QUESTION_END = /\?\s*$/;
/** What joins two items a verb is said of ("права админа и выгрузку", "admin access and a dump"). */
const RESTORE_ITEMS = /( и | and |,)/;

const HANDS_OVER = /(пришл|присл|переда|отда|send|give|hand)/;
/** Words of the data itself: a colon after "забрать систему себе" that names them still spells out an export. */
const DATA_WORDS = /(данн|баз[аыуе]|бд\b|файл|moodledata|архив|копи|дамп|выгруз|data|database|files|dump|archive|cop(y|ies)|export)/;

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
/** Words that start another item of the clause ("remove your engineers' keys, and send us root"). */
const NEXT_ITEM = /(,|(^|[^a-zа-я])(и|and|а|but|then|затем|потом)([^a-zа-я]|$))/;
/** How far after a phrase the kind it is said of may stand ("your engineers will keep | root or SSH access"). */
const SAID_OF_REACH = 15;
/** Whether the phrase `said` is said of the mention: it holds it, or the mention follows it closely, in the same item. */
const saidOf = (clause: string, said: Span, m: Span): boolean =>
  overlaps(said, m) || (m.start >= said.end && m.start - said.end <= SAID_OF_REACH && !NEXT_ITEM.test(clause.slice(said.end, m.start)));

/**
 * Reads one clause (a sentence or a contrastive part of one): which kinds it names and whether each
 * is asked for, refused, already held, or only a near-miss (how-to, restore, retention, one course).
 */
export class ClauseReader {
  private readonly titles = new WriterTitleReader();
  private readonly refusals = new RefusalScope();
  /** How the clause being read is searched: set for the length of one read call. */
  private patterns: ClausePatterns = SCAN;
  /** The clause whose comma parts `parts` holds. */
  private partsOf: string | undefined;
  private parts: readonly Span[] = [];

  /**
   * `triggers` lists, in lexicon order, the triggers to look for, each with its matches already
   * found in the clause when they are known (offsets in the clause), or null to search the clause.
   */
  read(
    clause: string,
    triggers: ReadonlyArray<{ trigger: Trigger; spans: Span[] | null }> = ALL_UNKNOWN,
    patterns: ClausePatterns = SCAN,
  ): ClauseMention[] {
    const mentions = this.findTriggers(clause, triggers);
    if (mentions.length === 0) return mentions;
    this.patterns = patterns;
    this.applyNearMisses(clause, mentions);
    this.refusals.apply(clause, mentions, this.commaParts(clause), patterns);
    this.patterns = SCAN;
    return mentions;
  }

  /** Whether `pattern` matches clause.slice(from, to). */
  private test(pattern: RegExp, clause: string, from = 0, to = clause.length): boolean {
    return this.patterns.test(pattern, clause, from, to);
  }

  private matches(pattern: RegExp, clause: string): readonly Span[] {
    return this.patterns.matches(pattern, clause);
  }

  private findTriggers(clause: string, triggers: ReadonlyArray<{ trigger: Trigger; spans: Span[] | null }>): ClauseMention[] {
    const found: ClauseMention[] = [];
    for (const { trigger, spans } of triggers) {
      for (const span of spans ?? matches(trigger.pattern, clause)) {
        const clash = found.find((m) => m.label === trigger.label && overlaps(m, span));
        if (clash && !(clash.weak && !trigger.weak)) continue;
        // A strong reading of the same words ("бэкап базы") replaces the weak one ("бэкап").
        if (clash) found.splice(found.indexOf(clash), 1);
        found.push({ label: trigger.label, rule: trigger.rule, weak: trigger.weak, ...span, effect: 'supports' });
      }
    }
    // "права администратора сервера (ОС)" is root, not the LMS administrator.
    const serverAdmin = found.filter((m) => SERVER_ADMIN.has(m.rule));
    const kept = found.filter(
      (m) => !(m.label === RequestKind.ADMIN_ACCESS && m.rule !== 'admin-access-lms' && serverAdmin.some((s) => overlaps(s, m))),
    );
    return kept.sort((a, b) => a.start - b.start);
  }

  private applyNearMisses(clause: string, mentions: ClauseMention[]): void {
    const mark = (m: ClauseMention, reason: string): void => {
      if (m.effect === 'supports') {
        m.effect = 'near-miss';
        m.reason = reason;
      }
    };
    const imperative = this.test(IMPERATIVE, clause);
    const asks = imperative || this.test(REQUEST_CUE, clause);
    // "Выгрузку сделали уже?", "root уже выдали?": asking whether the vendor has done it chases the request, it reports nothing.
    const chases = QUESTION_END.test(clause) && this.test(DONE_YET, clause) && !this.test(WRITER_DID, clause);
    if (this.test(ALREADY_DONE, clause) && !imperative && !chases && !this.test(SUBJUNCTIVE, clause)) this.markAlreadyDone(clause, mentions, mark);
    // "как нам перенести данные из облака" asks how to get the data out: that is the request itself.
    if (this.isHowTo(clause)) {
      // "хотим забрать бэкап всей СЭО, как это сделать": how to take the data away is the request itself.
      const takesAway = this.test(TAKE_AWAY, clause) && this.test(SYSTEM_SCOPE, clause);
      // "как восстановить доступ к учётке главного админа": how to get back in is the ask for the access.
      const regains = this.test(REGAIN_ACCESS, clause);
      mentions
        .filter((m) => !HOW_TO_ASKS_FOR_IT.has(m.rule) && !(takesAway && m.label === RequestKind.BACKUP_EXPORT))
        .filter((m) => !(regains && m.label !== RequestKind.BACKUP_EXPORT))
        .forEach((m) => mark(m, 'how-to'));
    }
    if (this.test(DEFINITION, clause) && !imperative) mentions.forEach((m) => mark(m, 'definition'));
    if (this.test(FIRST_PLAN, clause) && !imperative) mentions.forEach((m) => mark(m, 'first-plan'));
    // "что даст root?", "does the export include moodledata?": a question about it, not a request for it.
    if (this.test(INQUIRY, clause) && !this.test(COMMAND, clause) && !this.test(ASKS_FOR_IT, clause)) mentions.forEach((m) => mark(m, 'inquiry'));
    this.markConditional(clause, mentions, mark);
    this.markPriced(clause, mentions, mark);
    // "We might need an export someday": a maybe and a later time put the request off; it asks for nothing now.
    if (!imperative && this.test(DEFERRED, clause) && this.test(MAYBE, clause)) mentions.forEach((m) => mark(m, 'deferred'));
    if (this.test(TOPIC_PUT_OFF, clause)) {
      mentions.filter((m) => TOPIC_OF.test(clause.slice(Math.max(0, m.start - 25), m.start))).forEach((m) => mark(m, 'deferred'));
    }
    this.markBilledLines(clause, mentions, mark);
    mentions.forEach((m) => {
      m.asked = asks;
    });

    // Each clause-wide test runs at most once, and only when a mention needs it.
    const known = new Map<RegExp, boolean>();
    const holds = (pattern: RegExp): boolean => {
      let value = known.get(pattern);
      if (value === undefined) known.set(pattern, (value = this.test(pattern, clause)));
      return value;
    };
    let notLmsAdmin: readonly Span[] | undefined;
    let away: readonly Span[] | undefined;
    let restores: readonly Span[] | undefined;
    let vendorAccess: readonly Span[] | undefined;
    for (const m of mentions) {
      if (m.label === RequestKind.BACKUP_EXPORT) {
        const whole = WHOLE_BY_ITS_WORDS.has(m.rule) || holds(SYSTEM_SCOPE);
        if (holds(COURSE_SCOPE) && !holds(COURSE_TURNED_DOWN) && (!whole || holds(ONE_COURSE))) mark(m, 'one-course');
        if (holds(DELETION) && !HANDS_OVER.test(clause) && !holds(DELETION_DEADLINE)) mark(m, 'deletion');
        // "Send everything from the site to our new domain by redirect": the visitors are sent on, not a copy of the data;
        // only the comma part holding the mention says so ("send us everything, and set up a redirect" still asks).
        if (this.testPart(REDIRECT, clause, m.start) && !holds(COPY_NAMED)) mark(m, 'redirect');
        // "Выгрузку, которую вы прислали, можно открыть без Moodle?": a question about the copy received asks nothing new,
        // nor does a statement about it that asks for nothing beside the vendor's own verb ("…, которую вы сделали, распаковали"),
        // unless it says the copy is broken ("…, которую вы прислали, битая"): that one is wanted anew.
        const statedHeld = (): boolean => !holds(MALFUNCTION) && !this.asksBesideSent(clause);
        if (!imperative && holds(SENT_BY_VENDOR) && !holds(ONCE_MORE) && (QUESTION_END.test(clause) || statedHeld())) mark(m, 'already-done');
        // "The database and the files are slow, we need help": the pair named as what breaks, whatever the ask.
        if ((!asks || m.rule === 'database-files-pair') && holds(MALFUNCTION)) mark(m, 'malfunction');
        if (this.isRestoreOf(clause, m, (restores ??= this.matches(RESTORE, clause)), mentions)) mark(m, 'restore');
        // "Бэкап курсов делаем сами, нужна копия базы от вас": for a copy, only its own comma part says who makes it;
        // a copy said to be made by the vendor is never the customer's own.
        if (SELF_MADE_COPY.has(m.rule) && !holds(BY_VENDOR) && !this.testPart(SELF_RECEIVED, clause, m.start)) {
          // A dump is the customer's own only when they say they take it ("pg_dump снимем сами"), not when they will load it themselves.
          const self = m.rule === 'dump' ? DUMP_TAKEN_OURSELVES : SELF_SERVICE;
          if (m.rule === 'backup' ? holds(SELF_SERVICE) : this.testPart(self, clause, m.start)) mark(m, 'self-service');
        }
        // "Просим пояснить, сколько хранятся бэкапы" asks to be told, not to be sent.
        if (holds(RETENTION) && !HANDS_OVER.test(clause) && (!asks || holds(EXPLAIN))) mark(m, 'retention');
        if (m.rule === 'system-taken-along' && this.spelledOutAsAccess(clause, m, mentions)) mark(m, 'spelled-out-as-access');
        if (m.rule === 'export-ru' || m.rule === 'export-en' || m.rule === 'export-all' || m.rule === 'backup') {
          if (holds(USER_LEVEL_EXPORT) && !this.scopesTheSystem(clause, holds(SYSTEM_SCOPE))) mark(m, 'user-level-export');
          if (m.rule !== 'backup' && holds(INTEGRATION)) mark(m, 'integration');
          if (holds(OTHER_SYSTEM_SOURCE)) mark(m, 'other-system');
        }
      } else if (m.label === RequestKind.ROOT_ACCESS) {
        if (holds(CONSOLE) && /(как|how|сброс|reset)/.test(clause) && !holds(CONSOLE_BESIDE_HANDOVER)) mark(m, 'console');
        if (this.testPart(SERVICE_ACCOUNT, clause, m.start)) mark(m, 'service-account');
        if (holds(VENDOR_KEEPS_ACCESS) && (vendorAccess ??= this.matches(VENDOR_KEEPS_ACCESS, clause)).some((v) => saidOf(clause, v, m))) mark(m, 'vendor-access');
      } else {
        if ((notLmsAdmin ??= this.matches(NOT_LMS_ADMIN, clause)).some((s) => overlaps(s, m))) mark(m, 'not-site-admin');
        if ((away ??= this.matches(ADMIN_AWAY, clause)).some((s) => overlaps(s, m))) mark(m, 'admin-away');
        if (m.rule === 'admin-panel' && holds(ADMIN_UI)) mark(m, 'admin-panel-issue');
        if (this.testPart(CABINET, clause, m.start) && !this.testPart(CABINET_CHANNEL, clause, m.start)) mark(m, 'customer-cabinet');
        if (this.titles.isWritersOwn(clause, m, asks, () => this.testPart(REQUEST_CUE, clause, m.start))) mark(m, 'role');
      }
    }
    // "В курсе «Linux: root и sudo» не открывается тест": words inside a course's or a test's name are its subject, not an ask.
    for (const m of mentions) if (inNamedTitle(clause, m)) mark(m, 'course-title');
    // "You said root is only for on-premise servers", "в вашей рассылке было про root": the vendor's words retold, not an ask.
    // Marked last, so a nearer reason (a deletion, a retention question) is the one kept.
    if (this.test(VENDOR_SAID, clause) && !this.test(WRITER_ASKS, clause)) mentions.forEach((m) => mark(m, 'vendor-said'));
  }

  /**
   * "Выгрузку уже получили, нужен ещё root": a report of what was done covers the clause, except a comma part that asks
   * for something and reports nothing itself.
   */
  private markAlreadyDone(clause: string, mentions: ClauseMention[], mark: (m: ClauseMention, reason: string) => void): void {
    for (const m of mentions) {
      if (this.testPart(REQUEST_CUE, clause, m.start) && !this.testPart(ALREADY_DONE, clause, m.start)) continue;
      mark(m, 'already-done');
    }
  }

  /** "Если мы запросим root, ...", "If we asked for an export, ...": the comma part under the condition does not ask. */
  private markConditional(clause: string, mentions: ClauseMention[], mark: (m: ClauseMention, reason: string) => void): void {
    const parts = this.commaParts(clause);
    for (const part of parts) {
      if (!this.test(CONDITION, clause, part.start, part.end)) continue;
      if (this.test(IMPERATIVE, clause, part.start, part.end) || this.test(POLITE_CONDITION, clause, part.start, part.end)) continue;
      const reach = conditionReach(clause, part);
      // "If the backup still exists, could you send it to us?": what the condition names, the clause then asks for by a pronoun.
      if (matchesIn(ANAPHORIC_REQUEST, clause.slice(reach))) continue;
      mentions.filter((m) => m.start >= part.start && m.start < reach).forEach((m) => mark(m, 'conditional'));
    }
  }

  /** A kind named inside a quoted line of a bill or an act, the quote still open where it stands, is a service billed. */
  private markBilledLines(clause: string, mentions: ClauseMention[], mark: (m: ClauseMention, reason: string) => void): void {
    for (const line of this.matches(BILLED_LINE, clause)) {
      mentions.filter((m) => m.start >= line.end && !clause.slice(line.end, m.start).includes('"')).forEach((m) => mark(m, 'billed-line'));
    }
  }

  /** "Просим КП на перенос СЭО на наш сервер": what follows a quote or an offer in its comma part is priced, not ordered. */
  private markPriced(clause: string, mentions: ClauseMention[], mark: (m: ClauseMention, reason: string) => void): void {
    for (const offer of this.matches(PRICE_OFFER, clause)) {
      const part = this.commaParts(clause).find((p) => offer.start >= p.start && offer.start < p.end);
      mentions.filter((m) => m.start >= offer.end && part !== undefined && m.start < part.end).forEach((m) => mark(m, 'price-offer'));
    }
  }

  /**
   * "Хотим забрать систему себе: нужны ключи и от сервера (root), и от СЭО (главный админ)": the colon after taking the
   * system along spells out what taking it means, and when it names access and no data, no export is asked.
   */
  private spelledOutAsAccess(clause: string, m: ClauseMention, mentions: readonly ClauseMention[]): boolean {
    const rest = clause.slice(m.end);
    const colon = /^[^:.!?\n]{0,15}:/.exec(rest);
    if (!colon) return false;
    const after = m.end + colon[0].length;
    const spelled = mentions.filter((n) => n.start >= after);
    return spelled.length > 0 && spelled.every((n) => n.label !== RequestKind.BACKUP_EXPORT) && !DATA_WORDS.test(clause.slice(after));
  }

  /**
   * "восстановите из бэкапа", "import our old backup": the restore word governs the backup named, before it within reach
   * or just after it. "Вернуть права главного админа и полную выгрузку": a verb before takes the nearer kind, and
   * another kind joined to that one by "и" or a comma is an item of its own.
   */
  private isRestoreOf(clause: string, m: ClauseMention, restores: readonly Span[], mentions: readonly ClauseMention[]): boolean {
    return restores.some((r) => {
      if (r.end <= m.start) {
        const nearer = mentions.find((o) => o.label !== m.label && o.start >= r.end && o.end <= m.start);
        return m.start - r.end <= 40 && !(nearer && RESTORE_ITEMS.test(clause.slice(nearer.end, m.start)));
      }
      const between = clause.slice(m.end, r.start);
      return r.start - m.end <= 25 && !RESTORE_ITEMS.test(between);
    });
  }

  /** Whether the clause asks for something in words other than those saying what the vendor sent or made ("которую вы сделали"). */
  private asksBesideSent(clause: string): boolean {
    return matchesIn(REQUEST_CUE, clause.replace(SENT_BY_VENDOR, (sent) => ' '.repeat(sent.length)));
  }

  /** Whether the clause names the whole system as what is exported, not only as where a report comes from ("отчёт из СЭО"). */
  private scopesTheSystem(clause: string, named: boolean): boolean {
    return named && matchesIn(SYSTEM_SCOPE, clause.replace(SYSTEM_AS_SOURCE, ' '));
  }

  private isHowTo(clause: string): boolean {
    return this.matches(HOW_TO, clause).some((m) => !matchesIn(OBTAIN, clause.slice(m.start, m.end)));
  }

  /** Whether `pattern` matches the comma part of the clause holding offset `at`. */
  private testPart(pattern: RegExp, clause: string, at: number): boolean {
    const part = this.commaParts(clause).find((p) => at >= p.start && at < p.end);
    return part ? this.test(pattern, clause, part.start, part.end) : this.test(pattern, clause);
  }

  /** Several rules ask for the comma parts of the same clause: they are found once per clause. */
  private commaParts(clause: string): readonly Span[] {
    if (clause === this.partsOf) return this.parts;
    const parts: Span[] = [];
    let start = 0;
    // "Бэкап (база, файлы, 40 ГБ) у нас есть": commas inside a closed pair of brackets list an aside, they part nothing.
    let depth = 0;
    for (let at = 0; at < clause.length; at += 1) {
      const c = clause[at];
      if (c === '(' && clause.indexOf(')', at) > at) depth += 1;
      else if (c === ')' && depth > 0) depth -= 1;
      else if (c === ',' && depth === 0) {
        parts.push({ start, end: at + 1 });
        start = at + 1;
      }
    }
    parts.push({ start, end: clause.length + 1 });
    this.partsOf = clause;
    this.parts = parts;
    return parts;
  }
}
