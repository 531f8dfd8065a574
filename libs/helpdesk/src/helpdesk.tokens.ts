/** Injection tokens for what tests swap: the clock (controlled time), the classifier, the archive store. */
export const CLOCK = Symbol('CLOCK');
export const CLASSIFIER = Symbol('CLASSIFIER');
export const ARCHIVE_STORAGE = Symbol('ARCHIVE_STORAGE');
