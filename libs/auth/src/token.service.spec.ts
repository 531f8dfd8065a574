import { SignJWT } from 'jose';
import { Role } from './principal';
import { TokenService } from './token.service';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const ORG = '0b5f0c1e-8d7a-4e38-9d1c-3f1f0f6a2b11';

describe(TokenService.name, () => {
  const tokens = new TokenService({ secret: SECRET, jwksUrl: null, issuer: null, audience: null });

  it('accepts the tokens it signs, with role and organisation', async () => {
    const token = await tokens.sign({ role: Role.CUSTOMER, subject: 'user-1', organizationId: ORG, email: 'a@b.org' });
    await expect(tokens.verify(token)).resolves.toEqual({ role: Role.CUSTOMER, subject: 'user-1', organizationId: ORG, email: 'a@b.org' });
  });

  it('binds agents to no organisation', async () => {
    const token = await tokens.sign({ role: Role.AGENT, subject: 'agent-1', organizationId: ORG });
    await expect(tokens.verify(token)).resolves.toMatchObject({ role: Role.AGENT, organizationId: null });
  });

  it.each([
    ['signed with another secret', () => new TokenService({ secret: 'x'.repeat(40), jwksUrl: null, issuer: null, audience: null }).sign({ role: Role.ADMIN, subject: 's' })],
    ['expired', () => tokens.sign({ role: Role.ADMIN, subject: 's' }, -60)],
    ['unsigned (alg none)', async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"s","role":"admin"}').toString('base64url')}.`],
    ['a customer without organisation', () => new SignJWT({ role: 'customer' }).setProtectedHeader({ alg: 'HS256' }).setSubject('s').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET))],
    ['an unknown role', () => new SignJWT({ role: 'root' }).setProtectedHeader({ alg: 'HS256' }).setSubject('s').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET))],
    ['garbage', async () => 'not-a-token'],
  ])('refuses a token %s', async (_, make) => {
    await expect(tokens.verify(await make())).rejects.toThrow(/token/);
  });

  it('refuses a token it verified before once the token has expired', async () => {
    const token = await tokens.sign({ role: Role.AGENT, subject: 'agent-2' }, 60);
    await expect(tokens.verify(token)).resolves.toMatchObject({ subject: 'agent-2' });
    jest.useFakeTimers({ now: Date.now() + 120_000, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      await expect(tokens.verify(token)).rejects.toThrow(/invalid or expired/);
    } finally {
      jest.useRealTimers();
    }
  });
});
