import { Trigger, TRIGGERS } from './classifier.lexicon';
import { Span } from './clause-reader';
import { PrefixIndex } from './prefix-index';

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

/**
 * The anchor scan for some of the triggers (by index): one pattern finding their anchor words, and
 * for each anchor it can report, which of those triggers may match near it.
 */
interface AnchorScan {
  pattern: RegExp;
  /** The scan reports the longest anchor at a place ("суперадмин"); the shorter ones inside it ("супер", "админ") are present too. */
  within: Map<string, string[]>;
  near: Map<string, number[]>;
}

function anchorScan(triggers: readonly number[]): AnchorScan | null {
  const anchors = [...new Set(triggers.flatMap((k) => TRIGGERS[k].anchors))];
  if (anchors.length === 0) return null;
  const within = new Map(anchors.map((a) => [a, anchors.filter((b) => a.includes(b))]));
  // Anchors that may sit where a reported one stands: those inside it, and those starting inside it
  // and running past its end, which the scan steps over ("сол" in "сос..." is never hidden, but a
  // match can hide the start of another that overlaps it).
  const nearAnchors = new Map(
    anchors.map((a) => [
      a,
      anchors.filter((b) => a.includes(b) || Array.from({ length: a.length - 1 }, (_, k) => a.slice(k + 1)).some((tail) => b.startsWith(tail))),
    ]),
  );
  const pattern = new RegExp(
    [...anchors]
      .sort((a, b) => b.length - a.length)
      .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  // Substrings one of which every match of the trigger holds. For most triggers these are its
  // anchors; for those whose anchors are common words, the leading verbs that every match starts with.
  const near = new Map(
    anchors.map((a) => [
      a,
      triggers.filter((k) => TRIGGERS[k].leads === undefined && TRIGGERS[k].anchors.some((r) => (nearAnchors.get(a) ?? []).includes(r))),
    ]),
  );
  return { pattern, within, near };
}

/** A trigger's matches in a segment, in order. */
export interface TriggerHits {
  trigger: Trigger;
  spans: Span[];
}

/** Finds the trigger phrases of a whole segment, trying each pattern only where it can match. */
export class TriggerLocator {
  /** Per trigger: the prefix index rules on it (else its anchors do). */
  private readonly indexed: boolean[];
  private readonly scan: AnchorScan | null;

  /** `index` is the one the caller fills with each segment before locating in it. */
  constructor(private readonly index: PrefixIndex) {
    this.indexed = TRIGGERS.map((t) => index.knows(t.pattern));
    this.scan = anchorScan(TRIGGERS.flatMap((_, k) => (this.indexed[k] ? [] : [k])));
  }

  /**
   * Where triggers match in a whole segment, the text the index last indexed. A trigger is tried
   * only in the stretches where the index found one of its prefixes, or, for the few the index
   * cannot rule on, where one scan for anchor words found one of its anchors: most tickets name no
   * kind, and most words of those that do are not anchors. No trigger matches a full stop or a
   * line break, and at either every look-around of a trigger sees what it sees at the end of the
   * text, so a pattern tried in the stretches between them finds the matches of the whole segment.
   */
  locate(text: string): TriggerHits[] {
    const breaks: number[] = [];
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 46 || code === 10) breaks.push(i);
    }
    const { present, stretches } = this.anchorsIn(text, breaks);
    const found: TriggerHits[] = [];
    for (let t = 0; t < TRIGGERS.length; t += 1) {
      const trigger = TRIGGERS[t];
      if (this.indexed[t]) {
        // Tried only where one of its prefixes starts, rather than along each stretch.
        const spans = this.index.spansInStretches(trigger.pattern, breaks);
        if (spans) found.push({ trigger, spans });
      } else {
        if (!trigger.anchors.some((a) => present.has(a))) continue;
        if (trigger.leads && !trigger.leads.some((l) => text.includes(l))) continue;
        const tryIn = trigger.leads ? stretchesHolding(text, breaks, trigger.leads) : (stretches.get(t) ?? []);
        const spans: Span[] = [];
        for (const k of tryIn) {
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
    }
    return found;
  }

  /** For the triggers the index cannot rule on: the anchors present, and per trigger the stretches to try it in. */
  private anchorsIn(text: string, breaks: readonly number[]): { present: Set<string>; stretches: Map<number, number[]> } {
    const present = new Set<string>();
    const stretches = new Map<number, number[]>();
    const scan = this.scan;
    if (!scan) return { present, stretches };
    let stretch = 0;
    scan.pattern.lastIndex = 0;
    for (let m = scan.pattern.exec(text); m; m = scan.pattern.exec(text)) {
      for (const anchor of scan.within.get(m[0]) ?? []) present.add(anchor);
      while (stretch < breaks.length && breaks[stretch] < m.index) stretch += 1;
      for (const k of scan.near.get(m[0]) ?? []) {
        let list = stretches.get(k);
        if (list === undefined) stretches.set(k, (list = []));
        if (list.length === 0 || list[list.length - 1] !== stretch) list.push(stretch);
      }
    }
    return { present, stretches };
  }
}
