/**
 * Classifier benchmark: accuracy on the labelled sets and speed on ~1 KB tickets.
 * Run: npm run bench:classify (builds, then runs dist/test/bench/classify.bench.js).
 */
import { cpus, loadavg } from 'node:os';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { REQUEST_KINDS } from '@app/domain';
import { CLASSIFIER_VERSION, TicketClassifier } from '@app/classifier';
import { scoreClassifications } from '../../libs/classifier/scripts/classifier-metrics';
import { LABELLED_FILES, LabelledSet, readLabelledSet } from '../../libs/classifier/scripts/labelled-tickets';

export const THROUGHPUT_TICKETS = 20_000;
const SOAK_TICKETS = 100_000;
const TARGET_CHARS = 1024;

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** A collector we can call between phases, so heap figures compare live data, not garbage. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

// Neutral prose around a request, as in a formal letter: context, a closing and a signature.
const FILLER: Record<'ru' | 'en', { before: string[]; after: string }> = {
  ru: {
    before: [
      'Добрый день, уважаемые коллеги!',
      'Пишу вам от имени учебного центра, с которым вы работаете уже несколько лет; в этом году у нас сменилось руководство и часть сотрудников.',
      'Мы проводим курсы повышения квалификации для педагогов области, в среднем у нас около двухсот слушателей в семестр и десяток преподавателей.',
      'Расписание занятий утверждено до конца года, отчётность перед министерством мы сдаём ежеквартально.',
      'Большая часть слушателей занимается по вечерам и в выходные, поэтому нам важно, чтобы всё работало без перерывов.',
      'Наши методисты готовят новые программы к осени, а бухгалтерия закрывает квартал в конце месяца.',
      'Если понадобятся какие-то документы с нашей стороны, сообщите, мы подготовим их в течение пары дней.',
    ],
    after: 'Заранее благодарим за помощь и оперативный ответ.\n\nС уважением,\nзаместитель директора по учебной работе\nИванова Мария Петровна\nтел. +7 (900) 000-00-00',
  },
  en: {
    before: [
      'Good morning,',
      'I am writing on behalf of our college, which has worked with you for several years; this year our management and part of the staff changed.',
      'We run professional development courses for teachers in the region, with about two hundred learners per term and a dozen tutors.',
      'The timetable is approved until the end of the year and we report to the ministry every quarter.',
      'Most of our learners study in the evenings and at weekends, so it matters to us that everything runs without breaks.',
      'Our course designers are preparing new programmes for the autumn, and finance closes the quarter at the end of the month.',
      'If you need any documents from our side, let us know and we will prepare them within a couple of days.',
    ],
    after: 'Thank you in advance for your help and a quick reply.\n\nKind regards,\nMary Johnson\nDeputy Head of Studies\nphone +44 20 0000 0000',
  },
};

/** ~1 KB letters: one labelled ticket inside neutral context, the usual shape of a long ticket. */
export function kilobyteLetters(tickets: Array<{ text: string; lang: 'ru' | 'en' }>, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i += 1) {
    const { text, lang } = tickets[i % tickets.length];
    const filler = FILLER[lang];
    let before = '';
    for (let k = 0; before.length + text.length + filler.after.length < TARGET_CHARS - 100; k += 1) {
      before += `${filler.before[k % filler.before.length]}\n\n`;
    }
    out.push(`${before}${text}\n\n${filler.after}`);
  }
  return out;
}

/**
 * Throughput over `tickets` after a warm-up: per second of wall time, and per second of this
 * process's CPU time, which other work on a shared machine disturbs much less. Best of three runs.
 */
function throughput(classifier: TicketClassifier, tickets: string[]): { wall: number; cpu: number } {
  for (let i = 0; i < Math.min(2_000, tickets.length); i += 1) classifier.classify(tickets[i]);
  let wall = 0;
  let cpu = 0;
  for (let run = 0; run < 3; run += 1) {
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    for (const text of tickets) classifier.classify(text);
    const used = process.cpuUsage(cpuStarted);
    wall = Math.max(wall, Math.round(tickets.length / (Number(process.hrtime.bigint() - started) / 1e9)));
    cpu = Math.max(cpu, Math.round(tickets.length / ((used.user + used.system) / 1e6)));
  }
  return { wall, cpu };
}

const meanLength = (texts: string[]): number => Math.round(texts.reduce((sum, t) => sum + t.length, 0) / texts.length);

/** ~1 KB tickets made of several real labelled texts joined: many requests per ticket, a harder case. */
export function kilobyteTickets(texts: string[], count: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < count) {
    let text = '';
    while (text.length < TARGET_CHARS) text += (text ? '\n\n' : '') + texts[i++ % texts.length];
    out.push(text.slice(0, TARGET_CHARS + 200));
  }
  return out;
}

export async function runClassifierBench(log: (line: string) => void = () => undefined): Promise<Record<string, number>> {
  const classifier = new TicketClassifier();
  const figures: Record<string, number> = {};
  const corpus: string[] = [];
  const labelled: Array<{ text: string; lang: 'ru' | 'en' }> = [];

  for (const set of Object.keys(LABELLED_FILES) as LabelledSet[]) {
    const tickets = readLabelledSet(set);
    if (!tickets) {
      log(`${set}: labelled file missing, skipped`);
      continue;
    }
    corpus.push(...tickets.map((t) => t.text));
    labelled.push(...tickets);
    const m = scoreClassifications(tickets, tickets.map((t) => classifier.classify(t.text)));
    figures[`${set}.tickets`] = m.tickets;
    figures[`${set}.exactMatch`] = m.exactMatch;
    figures[`${set}.confidentPrecision`] = m.confidentPrecision;
    figures[`${set}.coverage`] = m.coverage;
    figures[`${set}.reviewRate`] = m.reviewRate;
    log(`${set} (${m.tickets} tickets): exact match ${pct(m.exactMatch)}; confident answers: coverage ${pct(m.coverage)}, precision ${pct(m.confidentPrecision)}; needsReview ${pct(m.reviewRate)}; language ${pct(m.languageAccuracy)}`);
    for (const kind of REQUEST_KINDS) {
      const s = m.perLabel[kind];
      figures[`${set}.${kind}.precision`] = s.precision;
      figures[`${set}.${kind}.recall`] = s.recall;
      log(`  ${kind.padEnd(14)} precision ${pct(s.precision)}  recall ${pct(s.recall)}`);
    }
    for (const miss of m.misses) {
      log(`  miss ${miss.id}: expected [${miss.expected.join(',')}] got [${miss.got.join(',')}]${miss.needsReview ? ' (sent to review)' : ''}`);
    }
  }
  if (corpus.length === 0) throw new Error('no labelled tickets found: run from the repository');

  const gc = collector();
  const load = loadavg()[0];
  figures['machine.cores'] = cpus().length;
  figures['machine.load1'] = load;
  log(`machine: ${cpus().length} cores, load average ${load.toFixed(2)} at the start (other work on it slows the wall-clock figures)`);
  const shapes: Array<[string, string, string[]]> = [
    ['letters', '1 KB letters (one request in context)', kilobyteLetters(labelled, THROUGHPUT_TICKETS)],
    ['joined', '1 KB of joined tickets (several requests each)', kilobyteTickets(corpus, THROUGHPUT_TICKETS)],
  ];
  for (const [key, title, texts] of shapes) {
    const speed = throughput(classifier, texts);
    figures[`throughput.${key}.ticketsPerSecond`] = speed.wall;
    figures[`throughput.${key}.ticketsPerCpuSecond`] = speed.cpu;
    figures[`throughput.${key}.meanChars`] = meanLength(texts);
    log(`throughput, ${title}: ${speed.wall} tickets/s wall, ${speed.cpu} per CPU-second, one core (${texts.length} tickets, mean ${meanLength(texts)} chars)`);
  }
  // The older key, kept for whoever gathers figures by it.
  figures['throughput.ticketsPerSecond'] = figures['throughput.joined.ticketsPerSecond'];
  const tickets = shapes[1][2];

  gc();
  const before = process.memoryUsage();
  for (let i = 0; i < SOAK_TICKETS; i += 1) classifier.classify(tickets[i % tickets.length]);
  gc();
  const after = process.memoryUsage();
  // The tickets stay referenced until after the second reading, so both readings hold the same live data.
  figures['memory.ticketsHeld'] = tickets.length;
  figures['memory.heapBeforeMiB'] = before.heapUsed / 1048576;
  figures['memory.heapAfterMiB'] = after.heapUsed / 1048576;
  figures['memory.rssBeforeMiB'] = before.rss / 1048576;
  figures['memory.rssAfterMiB'] = after.rss / 1048576;
  log(`memory over ${SOAK_TICKETS} more tickets: heap ${mib(before.heapUsed)} -> ${mib(after.heapUsed)}, RSS ${mib(before.rss)} -> ${mib(after.rss)}`);
  return figures;
}

if (require.main === module) {
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  log(`classifier ${CLASSIFIER_VERSION}`);
  runClassifierBench(log).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
