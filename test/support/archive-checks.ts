import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every path under `dir`, relative, `/`-separated; fails on anything that is not a plain file or folder. */
export async function listExtractedTree(dir: string, root = dir): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const stat = await lstat(path);
    if (stat.isDirectory()) found.push(...(await listExtractedTree(path, root)));
    else if (stat.isFile() && stat.nlink === 1) found.push(relative(root, path));
    else throw new Error(`extracted tree holds a link or special file: ${path}`);
  }
  return found.sort();
}

/** SHA-256 of a file, computed here rather than by the code under test. */
export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
