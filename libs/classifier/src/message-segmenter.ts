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
/** Every header form holds a colon, except the dashed one. */
function mayBeHeader(line: string): boolean {
  return line.includes(':') || line.includes('--');
}
/** The first letters SIGN_OFF and DASH_NAME can start with. */
const SIGN_OFF_FIRST = new Set(['-', '—', '–', 'с', 'в', 'б', 'з', 'b', 'k', 'w', 'r', 's', 'y', 'c', 't', 'm']);
function mayBeSignOff(line: string): boolean {
  const first = line.trimStart().charAt(0).toLowerCase();
  return SIGN_OFF_FIRST.has(first);
}

export class MessageSegmenter {
  split(text: string): Segment[] {
    const lines: Array<{ start: number; end: number; body: string }> = [];
    let at = 0;
    for (const body of text.split('\n')) {
      lines.push({ start: at, end: at + body.length, body });
      at += body.length + 1;
    }
    const kinds: SegmentKind[] = lines.map((line) => (/^\s*>/.test(line.body) ? 'quoted' : 'own'));

    const headerAt = lines.findIndex((line, i) => i > 0 && mayBeHeader(line.body) && QUOTE_HEADER.test(line.body));
    const quoteFrom = headerAt >= 0 ? headerAt : lines.length;
    for (let i = quoteFrom; i < lines.length; i += 1) kinds[i] = 'quoted';

    this.markSignature(lines, kinds, quoteFrom);
    return this.merge(lines, kinds);
  }

  private markSignature(lines: Array<{ body: string }>, kinds: SegmentKind[], quoteFrom: number): void {
    const firstOwn = kinds.findIndex((kind) => kind === 'own' );
    for (let i = 0; i < quoteFrom; i += 1) {
      if (kinds[i] !== 'own' || i <= firstOwn || !mayBeSignOff(lines[i].body)) continue;
      if (!(SIGN_OFF.test(lines[i].body) || DASH_NAME.test(lines[i].body))) continue;
      const rest = lines.slice(i, quoteFrom).filter((line) => line.body.trim() !== '');
      if (rest.length > MAX_SIGNATURE_LINES || rest.some((line) => line.body.length > MAX_SIGNATURE_LINE)) continue;
      for (let k = i; k < quoteFrom; k += 1) {
        // A postscript after the name is the customer speaking again.
        if (/^\s*p\.?\s?s\b/i.test(lines[k].body)) break;
        if (kinds[k] === 'own') kinds[k] = 'signature';
      }
      return;
    }
  }

  private merge(lines: Array<{ start: number; end: number }>, kinds: SegmentKind[]): Segment[] {
    const segments: Segment[] = [];
    lines.forEach((line, i) => {
      const last = segments[segments.length - 1];
      if (last && last.kind === kinds[i]) last.end = line.end;
      else segments.push({ kind: kinds[i], start: line.start, end: line.end });
    });
    return segments;
  }
}
