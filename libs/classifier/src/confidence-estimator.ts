import { CONFIDENCE_TABLE } from './confidence-table';
import { Reading } from './ticket-reader';

/** Below this calibrated confidence a ticket goes to an agent. */
export const REVIEW_THRESHOLD = 0.9;

/**
 * Counts what makes a reading doubtful, then looks the count up in a table measured on labelled
 * tickets (scripts/calibrate-confidence.ts), so the number is an observed rate of being exactly right.
 */
export class ConfidenceEstimator {
  riskOf(reading: Reading): number {
    const s = reading.signals;
    const mentions = reading.evidence.length;
    let risk = 0;
    if (reading.labels.length === 0) {
      // A ticket naming none of the kinds is the easiest call; one that names them and asks for none is not.
      if (mentions > 0) risk += s.quotedOnly ? 2 : 1;
      if (s.quoteLeftOpen) risk += 1;
      if (s.hasNearMiss && s.hasNegation) risk += 1;
      if (s.unexplainedRequest) risk += s.unexplainedDataRequest ? 3 : 2;
    } else {
      if (s.weakOnly) risk += 2;
      if (s.conflict) risk += 2;
      else if (s.hasNearMiss || s.hasNegation) risk += 1;
      if (s.confirmedQuote) risk += 2;
      if (s.noRequestCue) risk += 1;
      if (s.anaphoric) risk += 2;
      if (reading.labels.length === 3) risk += 1;
      if (s.unasked) risk += 1;
      if (s.questionOnly) risk += 1;
      // A question with no request word in it is how a customer asks about a kind without asking for it.
      if (s.unasked && s.questionOnly) risk += 1;
      if (s.manyMentions) risk += 1;
    }
    if (s.transliterated) risk += 1;
    if (s.ownChars > 1500) risk += 1;
    return Math.min(risk, MAX_RISK);
  }

  confidence(reading: Reading): number {
    return CONFIDENCE_TABLE[this.riskOf(reading)] ?? CONFIDENCE_TABLE[MAX_RISK];
  }
}

export const MAX_RISK = 6;
