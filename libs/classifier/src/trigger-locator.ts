import { Trigger, TRIGGERS } from './classifier.lexicon';
import { Span } from './clause-reader';

/** Ascending indices of the stretches holding one of `words`; these are not in the anchor scan, so they are looked up directly. */
function stretchesHolding(text: string, breaks: readonly number[], words: readonly string[]): number[] {
  const found: number[] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.push(stretchIndex(breaks, at));
  }
  found.sort((a, b) => a - b);
  return found.filter((k, i) => i === 0 || found[i - 1] !== k);
}

/** The stretch (between full stops and line breaks) holding offset `at`. */
function stretchIndex(breaks: readonly number[], at: number): number {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (breaks[mid] < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

const ALL_ANCHORS = [...new Set(TRIGGERS.flatMap((t) => t.anchors))];
// The scan reports the longest anchor at a place ("суперадмин"); the shorter ones inside it
// ("супер", "админ") are present too.
const ANCHORS_WITHIN = new Map(ALL_ANCHORS.map((a) => [a, ALL_ANCHORS.filter((b) => a.includes(b))]));
/**
 * Anchors that may sit where a reported one stands: those inside it, and those starting inside it
 * and running past its end, which the scan steps over ("сол" in "сос..." is never hidden, but a
 * match can hide the start of another that overlaps it).
 */
const ANCHORS_NEAR = new Map(
  ALL_ANCHORS.map((a) => [
    a,
    ALL_ANCHORS.filter((b) => a.includes(b) || Array.from({ length: a.length - 1 }, (_, k) => a.slice(k + 1)).some((tail) => b.startsWith(tail))),
  ]),
);
const ANCHOR_SCAN = new RegExp(
  ALL_ANCHORS
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

/**
 * Substrings one of which every match of the trigger holds. For most triggers these are its anchors;
 * for those whose anchors are common words, the leading verbs that every match starts with.
 */
const REQUIRED = TRIGGERS.map((t) => t.leads ?? t.anchors);
/** For each anchor the scan can report, the triggers (by index) whose required anchors may stand there. */
const TRIGGERS_NEAR = new Map(
  ALL_ANCHORS.map((a) => [
    a,
    TRIGGERS.flatMap((t, k) => (t.leads === undefined && REQUIRED[k].some((r) => (ANCHORS_NEAR.get(a) ?? []).includes(r)) ? [k] : [])),
  ]),
);

/** A trigger's matches in a segment, in order. */
export interface TriggerHits {
  trigger: Trigger;
  spans: Span[];
}

/** Finds the trigger phrases of a whole segment, trying each pattern only where it can match. */
export class TriggerLocator {
  /**
   * Where triggers match in a whole segment. One scan for anchor words decides which patterns are
   * worth trying at all; most tickets name no kind, and most words of those that do are not anchors.
   * No trigger matches a full stop or a line break, and at either every look-around of a trigger
   * sees what it sees at the end of the text, so a pattern is tried only in the stretches between
   * them that hold one of its required substrings: the matches are those of the whole segment.
   */
  locate(text: string): TriggerHits[] {
    const breaks: number[] = [];
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 46 || code === 10) breaks.push(i);
    }
    const present = new Set<string>();
    // For each trigger, the ascending stretch indices (numbered by the breaks before them) to try it in.
    const stretches: number[][] = TRIGGERS.map(() => []);
    let stretch = 0;
    ANCHOR_SCAN.lastIndex = 0;
    for (let m = ANCHOR_SCAN.exec(text); m; m = ANCHOR_SCAN.exec(text)) {
      for (const anchor of ANCHORS_WITHIN.get(m[0]) ?? []) present.add(anchor);
      while (stretch < breaks.length && breaks[stretch] < m.index) stretch += 1;
      for (const k of TRIGGERS_NEAR.get(m[0]) ?? []) {
        const list = stretches[k];
        if (list.length === 0 || list[list.length - 1] !== stretch) list.push(stretch);
      }
    }
    if (present.size === 0) return [];
    const found: TriggerHits[] = [];
    for (let t = 0; t < TRIGGERS.length; t += 1) {
      const trigger = TRIGGERS[t];
      if (!trigger.anchors.some((a) => present.has(a))) continue;
      if (trigger.leads && !trigger.leads.some((l) => text.includes(l))) continue;
      const spans: Span[] = [];
      for (const k of trigger.leads ? stretchesHolding(text, breaks, trigger.leads) : stretches[t]) {
        const from = k === 0 ? 0 : breaks[k - 1] + 1;
        const part = text.slice(from, k < breaks.length ? breaks[k] : text.length);
        const pattern = trigger.pattern;
        pattern.lastIndex = 0;
        for (let m = pattern.exec(part); m; m = pattern.exec(part)) {
          spans.push({ start: from + m.index, end: from + m.index + m[0].length });
        }
      }
      if (spans.length > 0) found.push({ trigger, spans });
    }
    return found;
  }
}
