import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirWalker, type WalkItem } from '../../libs/export/src/data-dir.walker';

/** The walker pauses at each yield, which lets these tests swap things at an exact point of the walk. */
describe(DataDirWalker.name, () => {
  let base: string;
  let dataDir: string;
  let outside: string;

  beforeEach(async () => {
    base = await mkdtemp(join(tmpdir(), 'walker-race-'));
    dataDir = join(base, 'data');
    outside = join(base, 'outside');
    await mkdir(join(dataDir, 'b-dir'), { recursive: true });
    await mkdir(outside);
    await writeFile(join(dataDir, 'a-first.txt'), 'first');
    await writeFile(join(dataDir, 'b-dir', 'a-inner.txt'), 'inner a');
    await writeFile(join(dataDir, 'b-dir', 'z-inner.txt'), 'inner z');
    await writeFile(join(outside, 'z-inner.txt'), 'outside');
    await writeFile(join(outside, 'planted.txt'), 'outside');
  });

  afterEach(() => rm(base, { recursive: true, force: true }));

  it('keeps reading the directory it opened when that directory is swapped for a symlink mid-walk', async () => {
    const seen: string[] = [];
    for await (const item of new DataDirWalker(dataDir).walk()) {
      seen.push(summary(item));
      if (item.kind === 'file' && item.safePath === 'b-dir/a-inner.txt') {
        await rename(join(dataDir, 'b-dir'), join(dataDir, 'b-dir-moved'));
        await symlink(outside, join(dataDir, 'b-dir'));
      }
    }
    expect(seen).toEqual(['file a-first.txt', 'file b-dir/a-inner.txt', 'file b-dir/z-inner.txt']);
  });

  it('leaves out a folder that became a symlink before it was entered', async () => {
    const seen: string[] = [];
    for await (const item of new DataDirWalker(dataDir).walk()) {
      seen.push(summary(item));
      if (item.kind === 'file' && item.safePath === 'a-first.txt') {
        await rename(join(dataDir, 'b-dir'), join(base, 'b-dir-moved'));
        await symlink(outside, join(dataDir, 'b-dir'));
      }
    }
    expect(seen).toEqual(['file a-first.txt', 'excluded b-dir SYMLINK']);
  });
});

function summary(item: WalkItem): string {
  return item.kind === 'file' ? `file ${item.safePath}` : `excluded ${item.exclusion.path} ${item.exclusion.reason}`;
}
