export { Classification, Evidence, EvidenceEffect } from './classification.types';
export { CLASSIFIER_VERSION, MAX_TEXT_LENGTH, TicketClassifier } from './ticket-classifier';
export { REVIEW_THRESHOLD } from './confidence-estimator';
