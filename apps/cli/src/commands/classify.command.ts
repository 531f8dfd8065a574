import { createInterface } from 'node:readline';
import { TicketClassifier } from '@app/classifier';

/** One output line: the classification, or what was wrong with the input line. */
type ClassifyOutput =
  | { id: string; labels: string[]; confidence: number; needsReview: boolean; language: string }
  | { id: string | null; error: string };

const MAX_LINE_CHARS = 200_000;

function idOf(row: unknown): string | null {
  if (row && typeof row === 'object' && 'id' in row) {
    const id = (row as { id: unknown }).id;
    if (typeof id === 'string') return id;
    if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  }
  return null;
}

function classifyLine(classifier: TicketClassifier, line: string): ClassifyOutput {
  if (line.length > MAX_LINE_CHARS) return { id: null, error: `line longer than ${MAX_LINE_CHARS} characters` };
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  if (!row || typeof row !== 'object' || Array.isArray(row)) return { id: null, error: 'expected a JSON object {"id","text"}' };
  const id = idOf(row);
  if (id === null) return { id: null, error: 'missing "id" (a string)' };
  const text = (row as { text?: unknown }).text;
  if (typeof text !== 'string') return { id, error: 'missing "text" (a string)' };
  const result = classifier.classify(text);
  return {
    id,
    labels: result.labels,
    confidence: Math.round(result.confidence * 1000) / 1000,
    needsReview: result.needsReview,
    language: result.language,
  };
}

/**
 * `cli classify`: JSON lines {"id","text"} in, exactly one JSON line out per input line, in order.
 * Streamed line by line, so input of any size runs in flat memory. A bad line gets an error line
 * and the run goes on; the exit code is 1 when any line was bad. Blank lines are echoed as errors
 * too, so output line N always answers input line N.
 */
export async function runClassify(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const classifier = new TicketClassifier();
  const lines = createInterface({ input, crlfDelay: Infinity });
  let failed = false;
  for await (const raw of lines) {
    const line = raw.trim();
    const answer = line === '' ? { id: null, error: 'empty line' } : classifyLine(classifier, line);
    if ('error' in answer) failed = true;
    if (!output.write(`${JSON.stringify(answer)}\n`)) {
      await new Promise<void>((resolve) => output.once('drain', () => resolve()));
    }
  }
  return failed ? 1 : 0;
}
