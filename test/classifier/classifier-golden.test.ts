import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CLASSIFIER_VERSION, TicketClassifier } from '@app/classifier';
import { fingerprints, goldenGroups } from './golden/golden-cases';

/**
 * Pins what the rules make of several thousand texts, so that work on the classifier's speed can
 * be shown to change nothing. Pinned per text: labels, the rules' confidence and review flag (as
 * `classify` returns them before any later adjustment), language, evidence and the reading's
 * signals. A change of the rules is expected to move these: it bumps the rules part of
 * CLASSIFIER_VERSION and rewrites the file with
 *   WRITE_CLASSIFIER_GOLDEN=1 npx jest test/classifier/classifier-golden
 */
const GOLDEN_PATH = join(__dirname, 'golden', 'classifier-outputs.golden.json.gz');
/** The rules' part of the version: what follows a '+' names adjustments made after the rules. */
const RULES_VERSION = CLASSIFIER_VERSION.split('+')[0];

interface GoldenFile {
  rulesVersion: string;
  cases: Record<string, string>;
}

const classifier = new TicketClassifier();

/** The rules' classification, before the second opinion. */
const rulesOutput = (text: string): unknown => classifier.classifyByRules(text);

const groups = goldenGroups();
const computed = new Map(groups.flatMap((group) => [...fingerprints(group, rulesOutput)]));

if (process.env.WRITE_CLASSIFIER_GOLDEN === '1') {
  const file: GoldenFile = { rulesVersion: RULES_VERSION, cases: Object.fromEntries(computed) };
  writeFileSync(GOLDEN_PATH, gzipSync(`${JSON.stringify(file)}\n`, { level: 9 }));
}

function readGolden(): GoldenFile {
  if (!existsSync(GOLDEN_PATH)) throw new Error(`golden file missing: ${GOLDEN_PATH}`);
  return JSON.parse(gunzipSync(readFileSync(GOLDEN_PATH)).toString('utf8')) as GoldenFile;
}

describe('classifier rules output against the golden file', () => {
  const golden = readGolden();

  it('was written by the current rules version', () => {
    expect(golden.rulesVersion).toBe(RULES_VERSION);
  });

  it.each(groups.map((g) => [g.name, g.texts.length]))('reads the %s texts (%i) exactly as recorded', (name) => {
    const changed: string[] = [];
    const unrecorded: string[] = [];
    for (const [key, value] of computed) {
      if (!key.startsWith(`${name}:`)) continue;
      if (golden.cases[key] === undefined) unrecorded.push(key);
      else if (golden.cases[key] !== value) changed.push(key);
    }
    expect({ changed: changed.slice(0, 20), unrecorded: unrecorded.slice(0, 20) }).toEqual({ changed: [], unrecorded: [] });
  });

  it('leaves no recorded case unchecked, except those built from the dev file when it is absent', () => {
    const devGroups = new Set(['dev', 'bench-letters', 'bench-joined']);
    const devPresent = groups.some((g) => g.needsDevFile);
    const unchecked = Object.keys(golden.cases).filter(
      (key) => !computed.has(key) && !(devGroups.has(key.split(':')[0]) && !devPresent),
    );
    expect(unchecked).toEqual([]);
  });
});
