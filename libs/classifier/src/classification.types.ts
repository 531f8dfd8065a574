import { Language, RequestKind } from '@app/domain';

/** How one matched phrase bears on its label. */
export type EvidenceEffect = 'supports' | 'negated' | 'quoted' | 'near-miss';

/** One phrase of the ticket that the classifier acted on; offsets index the original text. */
export interface Evidence {
  label: RequestKind;
  phrase: string;
  start: number;
  end: number;
  rule: string;
  effect: EvidenceEffect;
}

export interface Classification {
  /** Sorted alphabetically, no duplicates; empty means a general ticket for agents. */
  labels: RequestKind[];
  /** Calibrated probability that `labels` is exactly right. */
  confidence: number;
  /** True when the classifier is not sure: the ticket goes to an agent. */
  needsReview: boolean;
  language: Language;
  evidence: Evidence[];
}
