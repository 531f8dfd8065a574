import { ExclusionReason } from './export.types';
import { classifyByNameAndMode, executableContent, isRegenerableFolder } from './file-policy';

describe(classifyByNameAndMode.name, () => {
  it.each([
    ['photo.jpg', 0o644, null],
    ['3fa1c0ffee', 0o600, null],
    ['large.bin', 0o644, null],
    ['run-me', 0o755, ExclusionReason.EXECUTABLE_MODE],
    ['data', 0o641, ExclusionReason.EXECUTABLE_MODE],
    ['shell.php', 0o644, ExclusionReason.EXECUTABLE_EXTENSION],
    ['SHELL.PHTML', 0o644, ExclusionReason.EXECUTABLE_EXTENSION],
    ['image.php.jpg', 0o644, ExclusionReason.EXECUTABLE_EXTENSION],
    ['setup.exe', 0o644, ExclusionReason.EXECUTABLE_EXTENSION],
    ['deploy.sh', 0o644, ExclusionReason.EXECUTABLE_EXTENSION],
    ['.htaccess', 0o644, ExclusionReason.EXECUTABLE_EXTENSION],
  ])('classifies %p with mode %o as %p', (name, mode, reason) => {
    expect(classifyByNameAndMode(name, mode)?.reason ?? null).toBe(reason);
  });
});

describe(executableContent.name, () => {
  const pe = Buffer.alloc(0x100);
  pe.write('MZ', 0, 'latin1');
  pe.writeUInt32LE(0x80, 0x3c);
  pe.write('PE\0\0', 0x80, 'latin1');
  const mzText = Buffer.alloc(0x100, 0x20);
  mzText.write('MZ is how this text starts', 0, 'latin1');

  it.each([
    ['a shell script', Buffer.from('#!/bin/sh\necho'), 'script with #!'],
    ['an ELF binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2]), 'ELF binary'],
    ['a Mach-O binary', Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), 'Mach-O binary'],
    ['a PE binary', pe, 'PE (Windows) binary'],
    ['PHP code after a BOM', Buffer.from('\ufeff  <?php echo 1;'), 'PHP code'],
    ['plain text', Buffer.from('hello'), null],
    ['text that starts with MZ', mzText, null],
    ['an empty file', Buffer.alloc(0), null],
  ])('recognises %s', (_case, head, kind) => {
    expect(executableContent(head)).toBe(kind);
  });
});

describe(isRegenerableFolder.name, () => {
  it.each([['cache', true], ['localcache', true], ['temp', true], ['sessions', true], ['trashdir', true], ['lock', true], ['filedir', false], ['lang', false]])(
    'treats %p as regenerable: %p',
    (name, expected) => {
      expect(isRegenerableFolder(name)).toBe(expected);
    },
  );
});
