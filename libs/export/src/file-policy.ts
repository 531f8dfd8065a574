import { ExclusionReason } from './export.types';

/**
 * What counts as executable in a data directory. Moodle keeps uploaded files in `filedir` under
 * content hashes without extensions, so the content check matters as much as the name check.
 */

/** Extensions a web server, a shell or Windows would run. Lower case, without the dot. */
export const EXECUTABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  // PHP and what Apache maps to it
  'php', 'php3', 'php4', 'php5', 'php7', 'php8', 'phtml', 'pht', 'phps', 'phar', 'inc',
  // shells and script interpreters
  'sh', 'bash', 'zsh', 'ksh', 'csh', 'fish', 'pl', 'pm', 'cgi', 'fcgi', 'py', 'pyc', 'rb', 'lua', 'tcl',
  'js', 'mjs', 'cjs', 'jsp', 'asp', 'aspx',
  // Windows and native binaries
  'exe', 'dll', 'com', 'scr', 'msi', 'bat', 'cmd', 'ps1', 'psm1', 'vbs', 'vbe', 'wsf', 'wsh', 'hta', 'cpl',
  'so', 'dylib', 'elf', 'run', 'appimage', 'jar', 'class',
]);

/** Names a web server reads as configuration that can turn other files into code. */
const EXECUTABLE_NAMES: ReadonlySet<string> = new Set(['.htaccess', '.user.ini', 'web.config']);

/** Top-level folders Moodle rebuilds by itself; copying them only carries stale state. */
export const REGENERABLE_FOLDERS: ReadonlySet<string> = new Set([
  'cache', 'localcache', 'temp', 'sessions', 'trashdir', 'lock',
]);

/** How many leading bytes `executableContent` needs to see. */
export const CONTENT_SNIFF_BYTES = 4096;

const ANY_EXECUTE_BIT = 0o111;

export function isRegenerableFolder(relativeDir: string): boolean {
  return REGENERABLE_FOLDERS.has(relativeDir);
}

export function executableMode(mode: number): boolean {
  return (mode & ANY_EXECUTE_BIT) !== 0;
}

/** The extension check covers every dot-part (`shell.php.jpg` is run as PHP by a misconfigured Apache). */
export function executableName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  if (EXECUTABLE_NAMES.has(lower)) return true;
  const parts = lower.split('.').slice(1);
  return parts.some((part) => EXECUTABLE_EXTENSIONS.has(part.trim()));
}

/** Returns what the leading bytes say the file is, or null for data. */
export function executableContent(head: Uint8Array): string | null {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (bytes.length >= 2 && bytes[0] === 0x23 && bytes[1] === 0x21) return 'script with #!';
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x7f454c46) return 'ELF binary';
  if (bytes.length >= 4 && MACH_O_MAGICS.has(bytes.readUInt32BE(0))) return 'Mach-O binary';
  if (isPortableExecutable(bytes)) return 'PE (Windows) binary';
  if (/^(\xef\xbb\xbf)?\s*<\?(php|=)/i.test(bytes.subarray(0, 64).toString('latin1'))) return 'PHP code';
  return null;
}

const MACH_O_MAGICS: ReadonlySet<number> = new Set([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe]);

/** `MZ` alone is too common in text; a real PE file points at its `PE\0\0` signature. */
function isPortableExecutable(bytes: Buffer): boolean {
  if (bytes.length < 0x40 || bytes[0] !== 0x4d || bytes[1] !== 0x5a) return false;
  const peOffset = bytes.readUInt32LE(0x3c);
  // Real PE headers sit within the first few hundred bytes; an offset beyond what was read is text.
  if (peOffset + 4 > bytes.length) return false;
  return bytes.readUInt32BE(peOffset) === 0x50450000;
}

export interface FileVerdict {
  reason: ExclusionReason;
  detail: string;
}

/** The name and mode checks, which need no file content. */
export function classifyByNameAndMode(fileName: string, mode: number): FileVerdict | null {
  if (executableMode(mode)) {
    return { reason: ExclusionReason.EXECUTABLE_MODE, detail: `mode ${(mode & 0o7777).toString(8).padStart(4, '0')}` };
  }
  if (executableName(fileName)) return { reason: ExclusionReason.EXECUTABLE_EXTENSION, detail: fileName };
  return null;
}
