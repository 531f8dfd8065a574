import { Classification } from './classification.types';
import { ConfidenceEstimator, REVIEW_THRESHOLD } from './confidence-estimator';
import { TicketReader } from './ticket-reader';

/** Bumped whenever the rules or the calibration change, so stored classifications can be traced. */
export const CLASSIFIER_VERSION = 'rules-2025.3';

/** Longest text read; beyond it a ticket is read in part and flagged for an agent. */
export const MAX_TEXT_LENGTH = 20_000;

/**
 * What a free-form ticket asks for. Pure and synchronous: the lexicon and the calibration table are
 * compiled in, nothing is read at call time.
 */
export class TicketClassifier {
  private readonly reader = new TicketReader();
  private readonly estimator = new ConfidenceEstimator();

  classify(text: string): Classification {
    if (typeof text !== 'string') throw new TypeError('classify expects the ticket text as a string');
    const truncated = text.length > MAX_TEXT_LENGTH;
    const reading = this.reader.read(truncated ? text.slice(0, MAX_TEXT_LENGTH) : text);
    const confidence = truncated ? Math.min(0.5, this.estimator.confidence(reading)) : this.estimator.confidence(reading);
    return {
      labels: reading.labels,
      confidence,
      needsReview: confidence < REVIEW_THRESHOLD,
      language: reading.language,
      evidence: reading.evidence,
    };
  }
}
