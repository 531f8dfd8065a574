/** Injection tokens for what tests swap: the clock (controlled time) and the classifier. */
export const CLOCK = Symbol('CLOCK');
export const CLASSIFIER = Symbol('CLASSIFIER');
