import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CLASSIFIER_VERSION, TicketClassifier } from '@app/classifier';
import { fingerprints, goldenGroups } from './golden/golden-cases';

/**
 * Pins the classifier's whole output on several thousand texts, so that work on its speed can be
 * shown to change nothing. A change of the rules is expected to move these: it bumps
 * CLASSIFIER_VERSION and rewrites the file with
 *   WRITE_CLASSIFIER_GOLDEN=1 npx jest test/classifier/classifier-golden
 */
const GOLDEN_PATH = join(__dirname, 'golden', 'classifier-outputs.golden.json.gz');

interface GoldenFile {
  version: string;
  cases: Record<string, string>;
}

const classifier = new TicketClassifier();
const groups = goldenGroups();
const computed = new Map(groups.flatMap((group) => [...fingerprints(group, (text) => classifier.classify(text))]));

if (process.env.WRITE_CLASSIFIER_GOLDEN === '1') {
  const file: GoldenFile = { version: CLASSIFIER_VERSION, cases: Object.fromEntries(computed) };
  writeFileSync(GOLDEN_PATH, gzipSync(`${JSON.stringify(file, null, 0)}\n`, { level: 9 }));
}

function readGolden(): GoldenFile {
  if (!existsSync(GOLDEN_PATH)) throw new Error(`golden file missing: ${GOLDEN_PATH}`);
  return JSON.parse(gunzipSync(readFileSync(GOLDEN_PATH)).toString('utf8')) as GoldenFile;
}

describe('classifier output against the golden file', () => {
  const golden = readGolden();

  it('was written by the current classifier version', () => {
    expect(golden.version).toBe(CLASSIFIER_VERSION);
  });

  it.each(groups.map((g) => [g.name, g.texts.length]))('classifies the %s texts (%i) exactly as recorded', (name) => {
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
