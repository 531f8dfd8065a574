import { createRemoteJWKSet, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { AuthErrorCode, AuthException } from './auth.exception';
import { Principal, Role } from './principal';

export interface TokenSettings {
  secret: string;
  jwksUrl: string | null;
  issuer: string | null;
  audience: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Tokens verified lately, kept until they expire but no longer than this, and no more of them than that. */
const VERIFIED_FOR_MS = 5 * 60_000;
const VERIFIED_MAX = 10_000;

/**
 * Verifies bearer tokens: HS256 with our secret (CLI, tests, service accounts) or, when a JWKS URL
 * is set, tokens of the cabinet's identity provider signed with its published keys.
 */
export class TokenService {
  private readonly key: Uint8Array;
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | null;
  /**
   * A client sends the same bearer token with every request: the signature is checked once, then
   * the same token string is known good until its expiry (at most VERIFIED_FOR_MS later).
   */
  private readonly verified = new Map<string, { principal: Principal; until: number }>();

  constructor(private readonly settings: TokenSettings) {
    this.key = new TextEncoder().encode(settings.secret);
    this.jwks = settings.jwksUrl ? createRemoteJWKSet(new URL(settings.jwksUrl)) : null;
  }

  async sign(principal: { role: Role; subject: string; organizationId?: string | null; email?: string | null }, ttlSeconds = 3600 * 12): Promise<string> {
    const jwt = new SignJWT({ role: principal.role, org: principal.organizationId ?? undefined, email: principal.email ?? undefined })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(principal.subject)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds);
    if (this.settings.issuer) jwt.setIssuer(this.settings.issuer);
    if (this.settings.audience) jwt.setAudience(this.settings.audience);
    return jwt.sign(this.key);
  }

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known && known.until > Date.now()) return known.principal;
    if (known) this.verified.delete(token);
    const options = {
      issuer: this.settings.issuer ?? undefined,
      audience: this.settings.audience ?? undefined,
      clockTolerance: 5,
    };
    let payload: JWTPayload;
    try {
      const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { alg?: string };
      if (header.alg === 'HS256') {
        ({ payload } = await jwtVerify(token, this.key, { ...options, algorithms: ['HS256'] }));
      } else if (this.jwks) {
        ({ payload } = await jwtVerify(token, this.jwks, { ...options, algorithms: ['RS256', 'ES256', 'EdDSA'] }));
      } else {
        throw new Error('unsupported algorithm');
      }
    } catch {
      // Never say which check failed: that helps only someone forging tokens.
      throw new AuthException(AuthErrorCode.UNAUTHENTICATED, 'The access token is invalid or expired');
    }
    const principal = Object.freeze(principalOf(payload));
    this.remember(token, principal, payload.exp);
    return principal;
  }

  private remember(token: string, principal: Principal, exp: number | undefined): void {
    const until = Math.min(Date.now() + VERIFIED_FOR_MS, exp === undefined ? Infinity : exp * 1000);
    // Oldest first out: a Map iterates in insertion order.
    if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { principal, until });
  }
}

function principalOf(payload: JWTPayload): Principal {
  const subject = typeof payload.sub === 'string' && payload.sub.length > 0 ? payload.sub : null;
  const email = typeof payload.email === 'string' ? payload.email : null;
  if (!subject) throw new AuthException(AuthErrorCode.UNAUTHENTICATED, 'The access token has no subject');
  switch (payload.role) {
    case Role.CUSTOMER: {
      const org = payload.org;
      if (typeof org !== 'string' || !UUID.test(org)) {
        throw new AuthException(AuthErrorCode.UNAUTHENTICATED, 'A customer token must name its organisation');
      }
      return { role: Role.CUSTOMER, subject, organizationId: org, email };
    }
    case Role.AGENT:
    case Role.ADMIN:
      return { role: payload.role, subject, organizationId: null, email };
    default:
      throw new AuthException(AuthErrorCode.UNAUTHENTICATED, 'The access token has no known role');
  }
}
