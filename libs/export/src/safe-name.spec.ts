import { escapeBytes, safeComponent } from './safe-name';

describe(safeComponent.name, () => {
  it.each([
    ['report.pdf', 'report.pdf', true],
    ['отчёт за 2024.txt', 'отчёт за 2024.txt', true],
    ['line\nbreak', 'line_break', false],
    ['tab\there', 'tab_here', false],
    ['..\\..\\evil', '.._.._evil', false],
    ['...', '___', false],
    ['..', '__', false],
    ['a..b', 'a..b', true],
  ])('makes %p safe as %p', (raw, name, unchanged) => {
    expect(safeComponent(Buffer.from(raw))).toEqual({ name, unchanged });
  });

  it('replaces invalid UTF-8 bytes with their percent-encoded value', () => {
    expect(safeComponent(Buffer.from('bad-\xff.txt', 'latin1'))).toEqual({ name: 'bad-%ff.txt', unchanged: false });
  });
});

describe(escapeBytes.name, () => {
  it.each([
    [Buffer.from('plain.txt'), 'plain.txt'],
    [Buffer.from('юникод'), 'юникод'],
    [Buffer.from('a\nb'), 'a\\x0ab'],
    [Buffer.from('a\\b'), 'a\\\\b'],
    [Buffer.from([0x61, 0xc3]), 'a\\xc3'],
    [Buffer.from([0xf0, 0x9f, 0x98, 0x80]), '😀'],
  ])('writes %p as %p', (raw, escaped) => {
    expect(escapeBytes(raw)).toBe(escaped);
  });
});
