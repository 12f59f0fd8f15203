import { voterPseudonym, voterPseudonymKey } from './voter-pseudonym';

const campaign = '8e00168c-b693-4e57-9d34-576376824ea9';
const juror = '2055ac48-6933-4135-9567-02a64a54da38';

describe('voterPseudonym', () => {
  const key = voterPseudonymKey('a-jury-secret-of-at-least-32-characters');

  it('is a version-8 UUID, the same for every ballot of one juror in one campaign', () => {
    const p = voterPseudonym(key, campaign, juror);
    expect(p).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(voterPseudonym(voterPseudonymKey('a-jury-secret-of-at-least-32-characters'), campaign, juror)).toBe(p);
    expect(p).not.toContain(juror.slice(0, 8));
  });

  it('differs between jurors, between campaigns, and under another secret', () => {
    const p = voterPseudonym(key, campaign, juror);
    expect(voterPseudonym(key, campaign, '2055ac48-6933-4135-9567-02a64a54da39')).not.toBe(p);
    expect(voterPseudonym(key, '8e00168c-b693-4e57-9d34-576376824eaa', juror)).not.toBe(p);
    expect(voterPseudonym(voterPseudonymKey('another-jury-secret-of-32-characters!!'), campaign, juror)).not.toBe(p);
  });
});
