import { DownloadLinkSigner, type DownloadLinkClaims } from './download-link.signer';

describe(DownloadLinkSigner.name, () => {
  const secret = 'a-test-secret-that-is-long-enough-0123456789';
  const signer = new DownloadLinkSigner(secret);
  const claims: DownloadLinkClaims = {
    exportId: 'export-1',
    organizationId: 'org-a',
    expiresAt: new Date('2025-03-08T10:00:00.000Z'),
    linkVersion: 2,
  };
  const token = signer.sign(claims);
  const before = new Date('2025-03-08T09:59:59.999Z');

  it('accepts its own token until the expiry instant and returns the claims', () => {
    expect(signer.verify(token, before)).toEqual({ ok: true, claims });
  });

  it('produces a url-safe token', () => {
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  const otherOrg = signer.sign({ ...claims, organizationId: 'org-b' });
  const [version, payload, signature] = token.split('.');
  const swappedPayload = `${version}.${otherOrg.split('.')[1]}.${signature}`;
  const flipped = `${version}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BA' : 'AA'}`;

  it.each([
    ['expired at the exact expiry instant', token, new Date('2025-03-08T10:00:00.000Z'), 'EXPIRED'],
    ['expired by one second', token, new Date('2025-03-08T10:00:01.000Z'), 'EXPIRED'],
    ["another organisation's claims under this signature", swappedPayload, before, 'BAD_SIGNATURE'],
    ['a changed signature', flipped, before, 'BAD_SIGNATURE'],
    ['a token signed with another secret', new DownloadLinkSigner(`${secret}-other`).sign(claims), before, 'BAD_SIGNATURE'],
    ['a truncated token', token.slice(0, -5), before, 'MALFORMED'],
    ['a token cut at a dot', `${version}.${payload}`, before, 'MALFORMED'],
    ['an empty token', '', before, 'MALFORMED'],
    ['another format version', `v2.${payload}.${signature}`, before, 'MALFORMED'],
    ['characters outside base64url', `${version}.${payload}!.${signature}`, before, 'MALFORMED'],
  ])('refuses %s', (_case, candidate, now, reason) => {
    expect(signer.verify(candidate, now)).toEqual({ ok: false, reason });
  });

  it('binds the organisation: the same export for another organisation is another token', () => {
    expect(otherOrg).not.toBe(token);
    expect(signer.verify(otherOrg, before)).toEqual({ ok: true, claims: { ...claims, organizationId: 'org-b' } });
  });

  it('refuses a short secret', () => {
    expect(() => new DownloadLinkSigner('short')).toThrow('at least 32 bytes');
  });
});
