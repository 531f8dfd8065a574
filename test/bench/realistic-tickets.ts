import { MAX_TEXT_LENGTH, TicketClassifier } from '@app/classifier';
import { readLabelledSet } from '../../libs/classifier/scripts/labelled-tickets';
import { seededRandom } from '../../libs/classifier/scripts/logistic-regression';
import { stored } from '../../libs/helpdesk/src/intake.types';

/** A ticket's body and its classification as intake stores it (the JSON of the jsonb column). */
export interface RealisticTicket {
  body: string;
  classification: string;
}

/**
 * How many distinct tickets the load draws from. Every row still stores its own copy, as real rows
 * do; a few hundred are enough for the lengths to follow their distribution.
 */
const VARIANTS = 200;
/** Most tickets are a letter of a few paragraphs. */
const USUAL_CHARS = { min: 200, max: 1_500 };
/** A few are long (a thread quoted back, a log pasted in), up to what the classifier reads. */
const LONG_SHARE = 0.04;
const LONG_CHARS = { min: USUAL_CHARS.max, max: MAX_TEXT_LENGTH };
const SEED = 20261128;

/**
 * Tickets of realistic size, the same on every run: bodies put together from the labelled tickets,
 * with lengths drawn from a fixed-seed distribution, each classified by the real classifier so its
 * stored classification carries the evidence a real one does.
 */
export function realisticTickets(): RealisticTicket[] {
  const texts = (readLabelledSet('tuning') ?? []).map((t) => t.text);
  if (texts.length === 0) throw new Error('the labelled tuning set is missing: realistic tickets are made from it');
  const random = seededRandom(SEED);
  const classifier = new TicketClassifier();
  return Array.from({ length: VARIANTS }, () => {
    const body = letterOf(texts, lengthOf(random), random);
    return { body, classification: JSON.stringify(stored(classifier.classify(body))) };
  });
}

/** Uniform over the usual lengths; log-uniform over the long ones, so most long ones are a few thousand. */
function lengthOf(random: () => number): number {
  if (random() >= LONG_SHARE) return Math.round(USUAL_CHARS.min + random() * (USUAL_CHARS.max - USUAL_CHARS.min));
  return Math.round(LONG_CHARS.min * (LONG_CHARS.max / LONG_CHARS.min) ** random());
}

/** Labelled tickets one after another, as paragraphs of one letter, cut to the length. */
function letterOf(texts: readonly string[], length: number, random: () => number): string {
  let letter = '';
  while (letter.length < length) letter += `${texts[Math.floor(random() * texts.length)]}\n\n`;
  return letter.slice(0, length);
}

/** Mean and largest body length, for the log. */
export function bodyLengths(tickets: readonly RealisticTicket[]): { mean: number; max: number; longShare: number } {
  const lengths = tickets.map((t) => t.body.length);
  return {
    mean: lengths.reduce((sum, n) => sum + n, 0) / lengths.length,
    max: Math.max(...lengths),
    longShare: lengths.filter((n) => n > USUAL_CHARS.max).length / lengths.length,
  };
}
