import fc from 'fast-check';
import { ballotAcceptanceKey, ballotAcceptanceSignature, ballotAcceptanceSignatureValid } from './ballot-acceptance';

const key = ballotAcceptanceKey('ballot-acceptance-spec-secret-0123456789');
const campaignId = '11111111-1111-4111-8111-111111111111';
const ballot = {
  ballotId: '22222222-2222-4222-8222-222222222222',
  voter: '33333333-3333-8333-8333-333333333333',
  seq: '1000000',
  marks: [70, 30],
  receipt: 'a'.repeat(64),
};

describe('ballot acceptance signature', () => {
  it('accepts the ballot it signed', () => {
    expect(ballotAcceptanceSignatureValid(key, campaignId, { ...ballot, signature: ballotAcceptanceSignature(key, campaignId, ballot) })).toBe(true);
  });

  it.each([
    ['no signature', { ...ballot }],
    ['a signature that is not text', { ...ballot, signature: 42 }],
    ['marks that are not a list', { ...ballot, marks: 'x' as unknown as number[], signature: 'x' }],
  ])('refuses %s', (_what, unsigned) => {
    expect(ballotAcceptanceSignatureValid(key, campaignId, unsigned)).toBe(false);
  });

  it('refuses any change to a signed ballot, another campaign, another key', () => {
    const signature = ballotAcceptanceSignature(key, campaignId, ballot);
    fc.assert(
      fc.property(fc.constantFrom('ballotId', 'voter', 'seq', 'receipt', 'marks'), fc.integer({ min: 0, max: 100 }), (field, n) => {
        const changed =
          field === 'marks' ? { ...ballot, marks: [ballot.marks[0] === n ? n + 1 : n, 30] } : { ...ballot, [field]: `${ballot[field as 'seq']}${n}` };
        return !ballotAcceptanceSignatureValid(key, campaignId, { ...changed, signature });
      }),
    );
    expect(ballotAcceptanceSignatureValid(key, '44444444-4444-4444-8444-444444444444', { ...ballot, signature })).toBe(false);
    expect(ballotAcceptanceSignatureValid(ballotAcceptanceKey('another-secret-0123456789abcdef0123'), campaignId, { ...ballot, signature })).toBe(false);
  });
});
