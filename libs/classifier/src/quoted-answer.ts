import { RequestKind } from '@app/domain';
import { ALREADY_DONE, CANCELS_REQUEST, CONFIRMATION, COURSE_SCOPE, NEGATION, REMINDER, rx, matchesIn } from './classifier.lexicon';
import { EarlierMention } from './clause-links';

/** How far into the new text an answer to the quoted message is looked for. */
const ANSWER_HEAD = 200;
/** The whole of the system, as an answer to "the whole system or some courses?" puts it ("всей", "everything"). */
const WHOLE = rx(String.raw`\b(всеи|всего|всю|весь|целиком|полн\w*|everything|whole|entire|full)\b`);
/** "И базу, и файлы", "database + moodledata": the pair the whole system's export is made of names the whole too. */
const DATA_PAIR = rx(String.raw`\b(баз[аыу]\w*|бд|database|db)\b[^.!?\n]{0,25}\b(файл\w*|moodledata|мудлдата|files)\b|^\s*(все)(-все)+\b`);
/** "Отдельные курсы нам не подходят", "one by one is not an option": courses named only to be turned down. */
const COURSES_TURNED_DOWN = rx(String.raw`\b(не (подход\w*|вариант|устраива\w*|годит\w*|годятся|нуж\w*|надо|потян\w*|осил\w*|справ\w*)|too many|слишком много|not (an option|enough|sufficient|practical|feasible|what we need)|no option|(won'?t|will not) do|(doesn'?t|does not|don'?t|do not) (work|help|do)|недостаточно|не выход)\b`);

/** "И то, и другое", "both of them", "оба, пожалуйста": an answer taking up every kind the quote offers, whatever the new text names itself. */
const EVERY_KIND = rx(String.raw`\b(и то,? и другое|и то и то|все три|all three|both of them|all of them)\b|\b(оба|обе|both)(?=\s*($|[.,!;:—-]|пожалуиста|please))`);

/** "К 10 декабря", "на 15.12", "by Friday": a new text opening with a date answers a quoted question about when to do what it names. */
const DATE_ANSWER = rx(String.raw`^\s*(к|до|не позднее|by|before|no later than|until)( the)? (\d{1,2}\b|(понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|конц|начал|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end|next|следующ)\w*)|^\s*(на|for|on) \d{1,2}([./]\d{1,2}\b| [a-zа-я]+)`);

/**
 * Reads new text that asks nothing of its own as an answer to the message it quotes: a "да" or a
 * repeated request takes up what the quote asks for, a date ("к 10 декабря") answers a quoted question of
 * when to do it, and "всей" or "everything, the whole site" under a question offering the whole system or
 * some courses chooses the system's export.
 */
export class QuotedAnswerReader {
  /**
   * Marks the quoted mentions the answer takes up as supported and returns whether it took any.
   * `ownParts` are the new text's parts, each below the quote it may answer.
   * `refused` holds the kinds the new text refuses: when it refuses any, it makes no choice for the quote, and what it
   * confirms never takes those up ("Подтверждаю. Админ не нужен." under "root or the administrator?" confirms root alone).
   * `named` holds the kinds the new text names itself ("yes, the export, database and files"): when it names any, only
   * those are taken up from a quote that offers more.
   */
  confirm(
    ownParts: readonly string[],
    quoted: readonly EarlierMention[],
    refused: ReadonlySet<RequestKind> = new Set(),
    named: ReadonlySet<RequestKind> = new Set(),
  ): boolean {
    const refuses = refused.size > 0;
    const ownNormalized = ownParts.join('\n');
    const head = ownNormalized.slice(0, ANSWER_HEAD);
    // An answer written below the quote ("On Monday Support wrote: > … Yes, please.") starts a part of its own.
    // "If you need a copy, let us know" answered "Yes please": the offer made under a condition is taken up;
    // a question under one ("if we asked for root, would it void the warranty?") offers nothing.
    // A reminder takes the quote up too, unless the new text reports the thing received ("got it, works, close it").
    const reminds = matchesIn(REMINDER, head) && !matchesIn(ALREADY_DONE, ownNormalized);
    // "Please cancel my request below — … send the invoice instead": taking the quote back is no confirmation of it.
    const cancels = matchesIn(CANCELS_REQUEST, head);
    const confirms = !cancels && (reminds || ownParts.some((part) => matchesIn(CONFIRMATION, part.slice(0, ANSWER_HEAD))));
    const confirmed = confirms ? quoted.filter((m) => m.effect === 'supports' || (m.reason === 'conditional' && !m.question)) : [];
    // "Да, нужна полная" under "the whole system or some courses?": a yes to a choice is read as the choice it names.
    const taken = confirmed.length > 0
      ? confirmed
      : !refuses && matchesIn(DATE_ANSWER, head) && !matchesIn(NEGATION, head)
        ? quoted.filter((m) => m.effect === 'supports' && m.question)
      : !refuses && this.choosesWholeSystem(ownNormalized, head)
        ? quoted.filter((m) => m.label === RequestKind.BACKUP_EXPORT && (m.reason === 'one-course' || (m.effect === 'supports' && m.question)))
        : [];
    // "Подтверждаем, нужно и то, и другое; ключ ssh во вложении": a word of one kind beside "both" does not narrow the answer.
    const narrowed = named.size === 0 || matchesIn(EVERY_KIND, head) ? taken : taken.filter((m) => named.has(m.label));
    const answered = narrowed.filter((m) => !refused.has(m.label));
    for (const m of answered) {
      m.effect = 'supports';
      m.reason = 'confirmed';
    }
    return answered.length > 0;
  }

  /** A short answer naming the whole, no course and no refusal: the choice between the two the quoted question offered. */
  private choosesWholeSystem(ownNormalized: string, head: string): boolean {
    if (ownNormalized.length > ANSWER_HEAD || !(matchesIn(WHOLE, head) || matchesIn(DATA_PAIR, head))) return false;
    // Courses may be named to be turned down; any other sentence naming them, or refusing anything, leaves the choice open.
    const sentences = head.replace(/\bof course\b/g, '').split(/[.!?\n]+/);
    // "Целиком не надо, хватит курса": the whole itself refused is no choice of it, whatever the courses' part says.
    if (head.split(/[.!?\n,;:—]+/).some((part) => matchesIn(WHOLE, part) && matchesIn(NEGATION, part))) return false;
    return sentences.every((s) => (matchesIn(COURSE_SCOPE, s) ? matchesIn(COURSES_TURNED_DOWN, s) : !matchesIn(NEGATION, s)));
  }
}
