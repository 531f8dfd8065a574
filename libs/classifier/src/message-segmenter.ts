/** Which voice a stretch of the ticket is in. Only the customer's own new words make requests. */
export type SegmentKind = 'own' | 'quoted' | 'signature';

export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
}

// A header that starts an earlier message: everything from it on is quoted.
const QUOTE_HEADER = new RegExp(
  [
    String.raw`^\s*-{2,}\s*(original message|forwarded message|исходное сообщение|пересылаемое сообщение|пересланное сообщение)`,
    String.raw`^\s*on .{1,200}wrote:\s*$`,
    String.raw`^.{0,200}(писал|пишет|написал|написала)\s*:\s*$`,
    String.raw`^\s*\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s.{0,120}:\s*$`,
    String.raw`^\s*(от|from)\s*:\s.+$`,
  ].join('|'),
  'i',
);
// A closing formula: what follows is a signature (name, title, phone), not a request.
const SIGN_OFF = new RegExp(
  String.raw`^\s*(--+\s*\S{0,40}|с уважением.*|с наилучшими.*|всего доброго.*|спасибо[.!]?|благодарю[.!]?|заранее спасибо[.!]?|best( regards| wishes)?,?.{0,40}|kind regards.*|warm regards.*|regards,?.{0,40}|sincerely,?.{0,40}|yours (faithfully|sincerely|truly).*|cheers,?.{0,30}|thanks?( you)?,?.{0,3}|many thanks,?|br,?)\s*$`,
  'i',
);
// A dash before a name ("— Mei Ling, Registrar"); case matters, so a dashed list item is not taken for one.
const DASH_NAME = /^\s*[—–-]{1,2}\s*[A-ZА-ЯЁ][a-zа-яё'.]+(\s[A-ZА-ЯЁ][a-zа-яё'.]*)*(,.{0,40})?\s*$/;
const MAX_SIGNATURE_LINES = 6;
const MAX_SIGNATURE_LINE = 90;

// Cheap tests every header and every closing formula passes, so the patterns run on few lines.
/**
 * Every header form holds a colon, except the dashed one. Lines are asked about in order, so each
 * mark is looked for again only once the line asked about starts past the last one found: one
 * pass over the text in all, however many lines it has.
 */
class HeaderMarks {
  private colon = -2;
  private dashes = -2;

  constructor(private readonly text: string) {}

  /** Whether text.slice(start, end) may be a header; `start` never decreases between calls. */
  mayBeHeader(start: number, end: number): boolean {
    if (this.colon !== -1 && this.colon < start) this.colon = this.text.indexOf(':', start);
    if (this.colon >= 0 && this.colon < end) return true;
    if (this.dashes !== -1 && this.dashes < start) this.dashes = this.text.indexOf('--', start);
    return this.dashes >= 0 && this.dashes + 2 <= end;
  }
}
/** Per code unit: 1 when `\s` matches it (what trimStart drops). */
const SPACE = new Uint8Array(65536);
/** Per code unit: 1 when, lower-cased, it is a first letter SIGN_OFF and DASH_NAME can start with. */
const SIGN_OFF_FIRST = new Uint8Array(65536);
{
  const firsts = new Set(['-', '—', '–', 'с', 'в', 'б', 'з', 'b', 'k', 'w', 'r', 's', 'y', 'c', 't', 'm']);
  for (let code = 0; code < 65536; code += 1) {
    const char = String.fromCharCode(code);
    SPACE[code] = /\s/.test(char) ? 1 : 0;
    SIGN_OFF_FIRST[code] = firsts.has(char.toLowerCase().charAt(0)) ? 1 : 0;
  }
}
const QUOTE_MARK = 0x3e; // >

/** The lines of a text, as offsets: line i is text.slice(start[i], end[i]), its line break left out. */
interface Lines {
  text: string;
  start: number[];
  end: number[];
  /** Offset of the line's first code unit that is not a space, or its end. */
  firstSolid: number[];
}

export class MessageSegmenter {
  split(text: string): Segment[] {
    const lines = readLines(text);
    const count = lines.start.length;
    const kinds: SegmentKind[] = new Array<SegmentKind>(count);
    const marks = new HeaderMarks(text);
    let headerAt = -1;
    for (let i = 0; i < count; i += 1) {
      const solid = lines.firstSolid[i];
      kinds[i] = solid < lines.end[i] && text.charCodeAt(solid) === QUOTE_MARK ? 'quoted' : 'own';
      if (headerAt < 0 && i > 0 && marks.mayBeHeader(lines.start[i], lines.end[i]) && QUOTE_HEADER.test(text.slice(lines.start[i], lines.end[i]))) {
        headerAt = i;
      }
    }
    const quoteFrom = headerAt >= 0 ? headerAt : count;
    for (let i = quoteFrom; i < count; i += 1) kinds[i] = 'quoted';

    this.markSignature(lines, kinds, quoteFrom);
    return this.merge(lines, kinds);
  }

  private markSignature(lines: Lines, kinds: SegmentKind[], quoteFrom: number): void {
    const { text, start, end, firstSolid } = lines;
    const firstOwn = kinds.indexOf('own');
    for (let i = 0; i < quoteFrom; i += 1) {
      if (kinds[i] !== 'own' || i <= firstOwn || firstSolid[i] === end[i] || SIGN_OFF_FIRST[text.charCodeAt(firstSolid[i])] === 0) continue;
      const body = text.slice(start[i], end[i]);
      if (!(SIGN_OFF.test(body) || DASH_NAME.test(body))) continue;
      let rest = 0;
      let tooLong = false;
      for (let k = i; k < quoteFrom; k += 1) {
        if (firstSolid[k] === end[k]) continue;
        rest += 1;
        if (end[k] - start[k] > MAX_SIGNATURE_LINE) tooLong = true;
      }
      if (rest > MAX_SIGNATURE_LINES || tooLong) continue;
      for (let k = i; k < quoteFrom; k += 1) {
        // A postscript after the name is the customer speaking again.
        if (/^\s*p\.?\s?s\b/i.test(text.slice(start[k], end[k]))) break;
        if (kinds[k] === 'own') kinds[k] = 'signature';
      }
      return;
    }
  }

  private merge(lines: Lines, kinds: SegmentKind[]): Segment[] {
    const segments: Segment[] = [];
    let last: Segment | undefined;
    for (let i = 0; i < kinds.length; i += 1) {
      if (last && last.kind === kinds[i]) last.end = lines.end[i];
      else segments.push((last = { kind: kinds[i], start: lines.start[i], end: lines.end[i] }));
    }
    return segments;
  }
}

/** Where each line starts, ends, and has its first character that is not a space: line breaks are found by indexOf. */
function readLines(text: string): Lines {
  const start: number[] = [];
  const end: number[] = [];
  const firstSolid: number[] = [];
  const n = text.length;
  for (let lineStart = 0; ; ) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak < 0 ? n : lineBreak;
    let solid = lineStart;
    while (solid < lineEnd && SPACE[text.charCodeAt(solid)] === 1) solid += 1;
    start.push(lineStart);
    end.push(lineEnd);
    firstSolid.push(solid);
    if (lineBreak < 0) return { text, start, end, firstSolid };
    lineStart = lineBreak + 1;
  }
}
