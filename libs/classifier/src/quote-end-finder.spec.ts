import { MessageSegmenter, SegmentKind } from './message-segmenter';
import { QuoteEndFinder } from './quote-end-finder';

const segmenter = new MessageSegmenter();
const finder = new QuoteEndFinder();

function kinds(text: string): Array<[SegmentKind, string]> {
  return finder.reopen(text, segmenter.split(text)).map((s) => [s.kind, text.slice(s.start, s.end).trim()]);
}

describe(QuoteEndFinder.name, () => {
  it.each<[string, string, Array<[SegmentKind, string]>]>([
    [
      'a line of dashes closes the message its header opened',
      'Ок.\n-----Original Message-----\nFrom: X\nНужен root?\n-----\n\nДа, нужен.',
      [['own', 'Ок.'], ['quoted', '-----Original Message-----\nFrom: X\nНужен root?\n-----'], ['own', 'Да, нужен.']],
    ],
    [
      'the writer saying they forward the message speaks again',
      'Fwd\n---------- Forwarded message ---------\nPlease send the dump.\n\nHi, forwarding the above. Can you process it?',
      [['own', 'Fwd'], ['quoted', '---------- Forwarded message ---------\nPlease send the dump.'], ['own', 'Hi, forwarding the above. Can you process it?']],
    ],
    [
      'a closed message followed by another header stays quoted',
      'Ок.\n-----Original Message-----\nFrom: X\nНужен root?\n-----\n\nFrom: Y\nНужен.',
      [['own', 'Ок.'], ['quoted', '-----Original Message-----\nFrom: X\nНужен root?\n-----\n\nFrom: Y\nНужен.']],
    ],
    [
      'a blank line alone does not end a quoted message',
      'Ок.\n-----Original Message-----\nFrom: X\nНужен root?\n\nС уважением, поддержка',
      [['own', 'Ок.'], ['quoted', '-----Original Message-----\nFrom: X\nНужен root?\n\nС уважением, поддержка']],
    ],
    [
      'a reply below the quote-marked lines of a header is the writer\'s own',
      'Привет.\n-----Original Message-----\nFrom: Helpdesk\nSubject: Renewal\n> Shall we prepare the dump?\n\nYes, go ahead with it.',
      [['own', 'Привет.'], ['quoted', '-----Original Message-----\nFrom: Helpdesk\nSubject: Renewal\n> Shall we prepare the dump?'], ['own', 'Yes, go ahead with it.']],
    ],
    [
      'an older message quoted below the reply stays quoted, and the sign-off closing the reply is a signature',
      'Hi.\nOn Monday, Support wrote:\n> Fixed?\n\nYes, thanks.\nBest,\nAnn\n\nOn Sunday, Admin wrote:\n> Give us root.',
      [
        ['own', 'Hi.'],
        ['quoted', 'On Monday, Support wrote:\n> Fixed?'],
        ['own', 'Yes, thanks.'],
        ['signature', 'Best,\nAnn'],
        ['quoted', 'On Sunday, Admin wrote:\n> Give us root.'],
      ],
    ],
    [
      'quote marks under an unmarked body quote a third voice: the message stays quoted',
      'Ок.\n-----Original Message-----\nFrom: X\nThe dean asked for this:\n> Need root.\n\nPlease confirm.',
      [['own', 'Ок.'], ['quoted', '-----Original Message-----\nFrom: X\nThe dean asked for this:\n> Need root.\n\nPlease confirm.']],
    ],
    [
      'an unmarked line running on from a quote-marked one stays quoted',
      'Ок.\nOn Monday, Support wrote:\n> We can give root\nbefore the warranty ends.\n\nThanks.',
      [['own', 'Ок.'], ['quoted', 'On Monday, Support wrote:\n> We can give root\nbefore the warranty ends.\n\nThanks.']],
    ],
  ])('%s', (_case, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});
