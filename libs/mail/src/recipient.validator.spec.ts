import { validateRecipient, validateRecipients } from './recipient.validator';

describe(validateRecipient.name, () => {
  it.each([
    ['info@example.org', 'info@example.org'],
    ['First.Last+tag@Sub.Example.ORG', 'First.Last+tag@sub.example.org'],
    ["o'brien@xn--80ak6aa92e.com", "o'brien@xn--80ak6aa92e.com"],
  ])('accepts the plain address %s', (input, normalized) => {
    expect(validateRecipient(input)).toBe(normalized);
  });

  it.each([
    ['a display name', 'Boss <boss@example.org>'],
    ['two addresses in one string', 'a@example.org, b@example.org'],
    ['a header injection', 'a@example.org\r\nBcc: b@example.org'],
    ['a group', 'team: a@example.org;'],
    ['a quoted local part', '"a b"@example.org'],
    ['a comment', 'a@example.org (boss)'],
    ['no domain dot', 'root@localhost'],
    ['no at sign', 'example.org'],
    ['two at signs', 'a@b@example.org'],
    ['a leading dot', '.a@example.org'],
    ['an empty string', ''],
    ['a too long local part', `${'a'.repeat(65)}@example.org`],
  ])('refuses %s', (_label, input) => {
    expect(() => validateRecipient(input)).toThrow(/is not a plain e-mail address/);
  });
});

describe(validateRecipients.name, () => {
  it('drops repeats that differ only in the domain case', () => {
    expect(validateRecipients(['a@example.org', 'a@EXAMPLE.org', 'b@example.org'])).toEqual(['a@example.org', 'b@example.org']);
  });

  it('refuses an empty list and an oversized one', () => {
    expect(() => validateRecipients([])).toThrow(/at least one recipient/);
    expect(() => validateRecipients(Array.from({ length: 51 }, (_, i) => `u${i}@example.org`))).toThrow(/at most 50 recipients/);
  });
});
