import { RequestKind, REQUEST_KINDS } from '@app/domain';
import { Classification } from '../src';
import { LabelledTicket } from './labelled-tickets';

export interface LabelScore {
  precision: number;
  recall: number;
}

export interface ClassifierMetrics {
  tickets: number;
  exactMatch: number;
  /** Share of tickets answered without review. */
  coverage: number;
  /** Exact-match rate among the tickets answered without review. */
  confidentPrecision: number;
  reviewRate: number;
  languageAccuracy: number;
  perLabel: Record<RequestKind, LabelScore>;
  misses: Array<{ id: string; expected: RequestKind[]; got: RequestKind[]; needsReview: boolean }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Scores classifications against their labels; `results[i]` belongs to `tickets[i]`. */
export function scoreClassifications(tickets: LabelledTicket[], results: Classification[]): ClassifierMetrics {
  let exact = 0;
  let confident = 0;
  let confidentExact = 0;
  let language = 0;
  const counts = new Map(REQUEST_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const misses: ClassifierMetrics['misses'] = [];
  tickets.forEach((ticket, i) => {
    const got = results[i];
    const right = got.labels.join() === ticket.labels.join();
    if (right) exact += 1;
    else misses.push({ id: ticket.id, expected: ticket.labels, got: got.labels, needsReview: got.needsReview });
    if (!got.needsReview) {
      confident += 1;
      if (right) confidentExact += 1;
    }
    if (got.language === ticket.lang) language += 1;
    for (const kind of REQUEST_KINDS) {
      const c = counts.get(kind)!;
      const want = ticket.labels.includes(kind);
      const have = got.labels.includes(kind);
      if (want && have) c.tp += 1;
      else if (have) c.fp += 1;
      else if (want) c.fn += 1;
    }
  });
  const perLabel = Object.fromEntries(
    REQUEST_KINDS.map((k) => {
      const c = counts.get(k)!;
      return [k, { precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }];
    }),
  ) as Record<RequestKind, LabelScore>;
  const n = tickets.length;
  return {
    tickets: n,
    exactMatch: ratio(exact, n),
    coverage: ratio(confident, n),
    confidentPrecision: ratio(confidentExact, confident),
    reviewRate: ratio(n - confident, n),
    languageAccuracy: ratio(language, n),
    perLabel,
    misses,
  };
}
