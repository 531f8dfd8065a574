import { PassThrough, Readable } from 'node:stream';
import { runClassify } from '../../apps/cli/src/commands/classify.command';

async function run(lines: string[]): Promise<{ code: number; out: Array<Record<string, unknown>> }> {
  const input = Readable.from([lines.join('\n') + '\n']);
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await runClassify(input, output);
  output.end();
  const text = Buffer.concat(chunks).toString('utf8');
  return { code, out: text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('runClassify', () => {
  it('answers every good line with labels, confidence, review flag and language, in order', async () => {
    const { code, out } = await run([
      JSON.stringify({ id: 't1', text: 'Рут нам не нужен, пришлите только выгрузку базы и файлов.' }),
      JSON.stringify({ id: 't2', text: 'Please send the root password and the Moodle admin login before support ends.' }),
      JSON.stringify({ id: 't3', text: 'Выставьте счёт на продление, пожалуйста.' }),
    ]);
    expect(code).toBe(0);
    expect(out.map((o) => o.id)).toEqual(['t1', 't2', 't3']);
    expect(out[0]).toMatchObject({ labels: ['BACKUP_EXPORT'], language: 'ru', needsReview: false });
    expect(out[1]).toMatchObject({ labels: ['ADMIN_ACCESS', 'ROOT_ACCESS'], language: 'en' });
    expect(out[2]).toMatchObject({ labels: [] });
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(['confidence', 'id', 'labels', 'language', 'needsReview']);
      expect(o.confidence).toBeGreaterThanOrEqual(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('reports each malformed line on its own line, goes on, and exits with 1', async () => {
    const { code, out } = await run([
      '{not json',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ text: 'нет id' }),
      JSON.stringify(['an', 'array']),
      JSON.stringify({ id: 'ok', text: 'нужен рут' }),
      JSON.stringify({ id: 'bad-text', text: 42 }),
    ]);
    expect(code).toBe(1);
    expect(out).toHaveLength(6);
    expect(out[0]).toEqual({ id: null, error: 'not valid JSON' });
    expect(out[1]).toEqual({ id: 'no-text', error: 'missing "text" (a string)' });
    expect(out[2]).toEqual({ id: null, error: 'missing "id" (a string)' });
    expect(out[3]).toEqual({ id: null, error: 'expected a JSON object {"id","text"}' });
    expect(out[4]).toMatchObject({ id: 'ok', labels: ['ROOT_ACCESS'] });
    expect(out[5]).toEqual({ id: 'bad-text', error: 'missing "text" (a string)' });
  });

  it('streams a large input line by line', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: i % 2 ? 'дайте админку' : 'ok' }));
    const { code, out } = await run(lines);
    expect(code).toBe(0);
    expect(out).toHaveLength(5000);
    expect(out[4999]).toMatchObject({ id: 'n4999', labels: ['ADMIN_ACCESS'] });
  });
});
