import { MessageSegmenter, Segment } from './message-segmenter';

/** A line of dashes alone closes the earlier message its header opened ("-----Исходное сообщение-----" … "-----"). */
const CLOSING_RULE = /^\s*[-—]{3,}\s*$/;
/** A header line of one more earlier message (a thread quoted in full): what follows it is quoted too. */
const HEADER_LINE = /^\s*(from|sent|to|subject|date|от|отправлено|кому|тема|дата)\s*:|(wrote|писал\w*|написал\w*)\s*:\s*$|^\s*-{2,}\s*(original|forwarded|исходное|пересл)/i;
/** The writer speaking about the message they forward ("Hi, forwarding the above", "Пересылаю письмо директора"). */
const FORWARDER_SPEAKS = /^\W*((hi|hello|hey|добрый день|здравствуйте)\W+)?(i'?m |i am |we'?re |we are |я |мы )?(forwarding|re-?sending|пересылаю|пересылаем|переадресую|повторно (направляю|отправляю))(?![a-zа-яё])/i;

/**
 * Finds where the writer speaks again below a forwarded or quoted message that has no quote marks:
 * after a blank line, either once a line of dashes has closed the message, or where the writer says
 * they forward it. MessageSegmenter takes everything after a quote header for quoted text; the lines
 * from that point are the writer's own.
 */
export class QuoteEndFinder {
  private readonly segmenter = new MessageSegmenter();

  reopen(text: string, segments: readonly Segment[]): Segment[] {
    const out: Segment[] = [];
    for (const segment of segments) {
      const at = segment.kind === 'quoted' ? this.ownFrom(text, segment) : -1;
      if (at < 0) {
        out.push(segment);
        continue;
      }
      out.push({ kind: 'quoted', start: segment.start, end: at });
      // The reply may quote an older message further down and end with a signature: it is split as a letter of its own.
      const reply = this.segmenter.split(text.slice(at, segment.end)).map((s) => ({ kind: s.kind, start: s.start + at, end: s.end + at }));
      out.push(...this.reopen(text, reply));
    }
    return out;
  }

  /** Offset of the line where own text resumes inside a quoted segment, or -1. */
  private ownFrom(text: string, segment: Segment): number {
    let closed = false;
    let blank = false;
    // The earlier message is its header lines and then quote-marked lines only: an unmarked line after them is a reply.
    let marked = false;
    let headersOnly = true;
    for (let start = segment.start; start < segment.end; ) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 || newline > segment.end ? segment.end : newline;
      const line = text.slice(start, end);
      if (line.trimStart().startsWith('>')) {
        if (!headersOnly) return -1;
        marked = true;
        blank = false;
      } else if (line.trim() === '') blank = true;
      else if (HEADER_LINE.test(line)) closed = blank = false;
      else if (blank && marked && headersOnly) return start;
      else if (CLOSING_RULE.test(line) && start > segment.start) closed = true;
      else if (blank && (closed || FORWARDER_SPEAKS.test(line))) return start;
      else blank = headersOnly = false;
      start = end + 1;
    }
    return -1;
  }
}
