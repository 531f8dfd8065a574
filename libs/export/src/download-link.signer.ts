import { createHmac, timingSafeEqual } from 'node:crypto';

export interface DownloadLinkClaims {
  exportId: string;
  organizationId: string;
  expiresAt: Date;
  /** Bumped to revoke every link issued before. */
  linkVersion: number;
}

export type DownloadLinkCheck =
  | { ok: true; claims: DownloadLinkClaims }
  | { ok: false; reason: 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED' };

const VERSION = 'v1';
const MIN_SECRET_BYTES = 32;
const SIGNATURE_BYTES = 32;

/**
 * Tokens are `v1.<base64url claims>.<base64url HMAC-SHA256>`. The claims are readable but not
 * secret; what matters is that only the holder of the key can produce them. The caller still
 * compares exportId, organisation and linkVersion with the database: revocation lives there.
 */
export class DownloadLinkSigner {
  private readonly key: Buffer;

  constructor(secret: string) {
    if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) {
      throw new Error(`the download link secret must be at least ${MIN_SECRET_BYTES} bytes long`);
    }
    this.key = Buffer.from(secret);
  }

  sign(claims: DownloadLinkClaims): string {
    if (!Number.isFinite(claims.expiresAt.getTime())) throw new Error('expiresAt must be a valid date');
    if (!Number.isInteger(claims.linkVersion) || claims.linkVersion < 0) throw new Error('linkVersion must be a non-negative integer');
    const payload = Buffer.from(JSON.stringify([claims.exportId, claims.organizationId, claims.expiresAt.getTime(), claims.linkVersion])).toString('base64url');
    return `${VERSION}.${payload}.${this.mac(payload).toString('base64url')}`;
  }

  verify(token: string, now: Date): DownloadLinkCheck {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== VERSION || !BASE64URL.test(parts[1]) || !BASE64URL.test(parts[2])) {
      return { ok: false, reason: 'MALFORMED' };
    }
    const given = Buffer.from(parts[2], 'base64url');
    if (given.length !== SIGNATURE_BYTES) return { ok: false, reason: 'MALFORMED' };
    // The signature is checked before the claims are parsed: nothing unauthenticated is interpreted.
    if (!timingSafeEqual(given, this.mac(parts[1]))) return { ok: false, reason: 'BAD_SIGNATURE' };
    const claims = parseClaims(parts[1]);
    if (claims === null) return { ok: false, reason: 'MALFORMED' };
    if (now.getTime() >= claims.expiresAt.getTime()) return { ok: false, reason: 'EXPIRED' };
    return { ok: true, claims };
  }

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.key).update(`${VERSION}.${payload}`).digest();
  }
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function parseClaims(payload: string): DownloadLinkClaims | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 4) return null;
  const [exportId, organizationId, expiresAt, linkVersion] = value as unknown[];
  if (typeof exportId !== 'string' || typeof organizationId !== 'string') return null;
  if (typeof expiresAt !== 'number' || typeof linkVersion !== 'number') return null;
  return { exportId, organizationId, expiresAt: new Date(expiresAt), linkVersion };
}
