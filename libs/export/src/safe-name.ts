/**
 * Turns raw file-name bytes into names every extractor handles safely: valid UTF-8, no control
 * characters, no path separators of any platform, no component made of dots only.
 */

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UNSAFE_CHARS = /[\u0000-\u001f\u007f\\]/g;
const DOTS_ONLY = /^\.+$/;

export interface SafeName {
  name: string;
  /** False when the name had to change. */
  unchanged: boolean;
}

export function safeComponent(raw: Uint8Array): SafeName {
  let text: string;
  try {
    text = UTF8.decode(raw);
  } catch {
    text = escapeBytes(raw).replace(/\\x/g, '%');
  }
  let name = text.replace(UNSAFE_CHARS, '_');
  if (DOTS_ONLY.test(name)) name = name.replace(/\./g, '_');
  if (name === '') name = '_';
  return { name, unchanged: name === text && isValidUtf8(raw) };
}

/** Printable ASCII and valid multi-byte UTF-8 stay; everything else becomes `\xNN`, a backslash `\\`. */
export function escapeBytes(raw: Uint8Array): string {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    const length = utf8SequenceLength(bytes, i);
    if (length > 1) {
      out += bytes.subarray(i, i + length).toString('utf8');
      i += length;
    } else if (byte >= 0x20 && byte < 0x7f && byte !== 0x5c) {
      out += String.fromCharCode(byte);
      i += 1;
    } else {
      out += byte === 0x5c ? '\\\\' : `\\x${byte.toString(16).padStart(2, '0')}`;
      i += 1;
    }
  }
  return out;
}

function isValidUtf8(raw: Uint8Array): boolean {
  try {
    UTF8.decode(raw);
    return true;
  } catch {
    return false;
  }
}

/** Length of a valid multi-byte UTF-8 sequence starting at `i`, or 1 when there is none. */
function utf8SequenceLength(bytes: Buffer, i: number): number {
  const lead = bytes[i];
  const length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? (lead <= 0xef ? 3 : 1) : lead >= 0xc2 && lead <= 0xdf ? 2 : 1;
  if (length === 1 || i + length > bytes.length) return 1;
  return isValidUtf8(bytes.subarray(i, i + length)) ? length : 1;
}
