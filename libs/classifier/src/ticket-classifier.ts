import { Classification } from './classification.types';
import { ConfidenceEstimator, REVIEW_THRESHOLD } from './confidence-estimator';
import { MessageSegmenter, Segment } from './message-segmenter';
import { QuoteEndFinder } from './quote-end-finder';
import { SecondOpinionModel } from './second-opinion.model';
import { Reading, ReadingSignals, TicketReader } from './ticket-reader';

/** Bumped whenever the rules or the calibration change, so stored classifications can be traced. */
export const CLASSIFIER_VERSION = 'rules-2025.31+lr-4+relabel-0.9';

/** Longest text read; beyond it a ticket is read in part and flagged for an agent. */
export const MAX_TEXT_LENGTH = 20_000;

/**
 * What a free-form ticket asks for. Pure and synchronous: the lexicon and the calibration table are
 * compiled in, nothing is read at call time.
 */
export class TicketClassifier {
  private readonly segmenter = new MessageSegmenter();
  private readonly quoteEnds = new QuoteEndFinder();
  private readonly reader = new TicketReader();
  private readonly estimator = new ConfidenceEstimator();

  /** `secondOpinion` is the shipped model unless a script judges another (scripts/second-opinion-sets.ts). */
  constructor(private readonly secondOpinion: SecondOpinionModel = new SecondOpinionModel()) {}

  classify(text: string): Classification {
    const { read, segments, reading, confidence, truncated } = this.readByRules(text);
    // The second opinion only ever lowers the rules' confidence; it changes labels only on answers
    // an agent checks anyway, so nothing is automated on its word alone.
    const probabilities = this.secondOpinion.probabilities(read, segments);
    const checked = this.secondOpinion.adjust(reading.labels, confidence, probabilities);
    const final = truncated ? Math.min(0.5, checked) : checked;
    return final < REVIEW_THRESHOLD ? answer({ ...reading, ...this.secondOpinion.relabel(reading, probabilities) }, final) : answer(reading, final);
  }

  /**
   * The rules' answer alone, before the second opinion may lower its confidence, with the reading's
   * signals: what the golden file pins (test/classifier/classifier-golden.test.ts).
   */
  classifyByRules(text: string): Classification & { signals: ReadingSignals } {
    const { reading, confidence, truncated } = this.readByRules(text);
    return { ...answer(reading, truncated ? Math.min(0.5, confidence) : confidence), signals: reading.signals };
  }

  private readByRules(text: string): { read: string; segments: Segment[]; reading: Reading; confidence: number; truncated: boolean } {
    if (typeof text !== 'string') throw new TypeError('classify expects the ticket text as a string');
    const truncated = text.length > MAX_TEXT_LENGTH;
    const read = truncated ? text.slice(0, MAX_TEXT_LENGTH) : text;
    // Split once: the rules and the second opinion read the same own, quoted and signature parts,
    // a reply written below an unmarked or quote-marked earlier message being own text for both.
    const segments = this.quoteEnds.reopen(read, this.segmenter.split(read));
    const reading = this.reader.read(read, segments);
    return { read, segments, reading, confidence: this.estimator.confidence(reading), truncated };
  }
}

function answer(reading: Reading, confidence: number): Classification {
  return {
    labels: reading.labels,
    confidence,
    needsReview: confidence < REVIEW_THRESHOLD,
    language: reading.language,
    evidence: reading.evidence,
  };
}
