import fc from 'fast-check';
import { chooseChannels, contactFromText, type NoticePreferences } from './notice-channels';
import { planNotices } from './notice-plan';
import { reminderFireAt } from './reminder-schedule';

describe('which event tells whom', () => {
  it.each([
    [
      { type: 'ExpertAddedToPanel', payload: { expertId: 'e1', candidacyIds: null } },
      [{ recipient: { personId: 'e1' }, kind: 'expert-assigned', params: { projects: 'all' } }],
    ],
    [
      { type: 'ExpertAssignmentsChanged', payload: { expertId: 'e2', candidacyIds: ['a', 'b'] } },
      [{ recipient: { personId: 'e2' }, kind: 'expert-assigned', params: { projects: '2' } }],
    ],
    [
      { type: 'CandidacyQualificationDecided', payload: { candidacyId: 'c1', decision: 'rejected', reason: '材料不全' } },
      [{ recipient: { candidacyId: 'c1' }, kind: 'candidacy-rejected', params: { reason: '材料不全' } }],
    ],
    [{ type: 'CandidacyQualificationDecided', payload: { candidacyId: 'c1', decision: 'accepted', reason: 'ok' } }, []],
    [
      { type: 'ShortlistFormed', payload: { members: [{ candidacyId: 'c1' }, { candidacyId: 'c2' }] } },
      [
        { recipient: { candidacyId: 'c1' }, kind: 'inspection-starting', params: {} },
        { recipient: { candidacyId: 'c2' }, kind: 'inspection-starting', params: {} },
      ],
    ],
    [
      { type: 'ShortlistMemberReplaced', payload: { failedId: 'c1', replacement: { candidacyId: 'c9', rank: 7 } } },
      [{ recipient: { candidacyId: 'c9' }, kind: 'inspection-starting', params: {} }],
    ],
    [{ type: 'ShortlistMemberReplaced', payload: { failedId: 'c1', replacement: null } }, []],
    [{ type: 'ScoreSheetSubmitted', payload: { expertId: 'e1' } }, []],
  ])('%j → %j', (event, expected) => {
    expect(planNotices(event)).toEqual(expected);
  });
});

describe('channels chosen from her preferences', () => {
  it.each<[NoticePreferences, { email?: string; phone?: string }, string[]]>([
    [{ optedOut: false }, { email: 'a@b.cn', phone: '+8613800000000' }, ['email']],
    [{ optedOut: false }, { phone: '+8613800000000' }, ['sms']],
    [{ optedOut: false, sms: true }, { email: 'a@b.cn', phone: '+8613800000000' }, ['email', 'sms']],
    [{ optedOut: false, email: false }, { email: 'a@b.cn', phone: '+8613800000000' }, []],
    [{ optedOut: false, email: false, sms: true }, { email: 'a@b.cn', phone: '+8613800000000' }, ['sms']],
    [{ optedOut: true, email: true, sms: true }, { email: 'a@b.cn', phone: '+8613800000000' }, []],
    [{ optedOut: false, sms: true }, {}, []],
  ])('%j with %j → %j', (prefs, contact, expected) => {
    expect(chooseChannels(prefs, contact)).toEqual(expected);
  });

  const prefs = fc.record({ optedOut: fc.boolean(), email: fc.option(fc.boolean(), { nil: undefined }), sms: fc.option(fc.boolean(), { nil: undefined }) });
  const contact = fc.record({
    email: fc.option(fc.constant('a@b.cn'), { nil: undefined }),
    phone: fc.option(fc.constant('+8613800000000'), { nil: undefined }),
  });

  it('never a channel she opted out of, turned off or has no address for', () => {
    fc.assert(
      fc.property(prefs, contact, (p, c) => {
        const channels = chooseChannels(p, c);
        if (p.optedOut) expect(channels).toEqual([]);
        if (channels.includes('email')) expect(c.email && p.email !== false).toBeTruthy();
        if (channels.includes('sms')) expect(c.phone && p.sms !== false).toBeTruthy();
        expect(new Set(channels).size).toBe(channels.length);
      }),
    );
  });

  it('reaches everyone with an address who changed nothing', () => {
    fc.assert(fc.property(contact, (c) => expect(chooseChannels({ optedOut: false }, c).length > 0).toBe(!!(c.email || c.phone))));
  });
});

describe('a candidacy contact read as an address', () => {
  it.each([
    ['zhou@example.org', { email: 'zhou@example.org' }],
    ['138-1111-0001', { phone: '+8613811110001' }],
    ['+86 138 1111 0001', { phone: '+8613811110001' }],
    ['0755-1234567', {}],
    ['微信 zhou', {}],
    ['', {}],
  ])('%s → %j', (text, expected) => {
    expect(contactFromText(text)).toEqual(expected);
  });
});

describe('when a deadline reminder fires', () => {
  const now = new Date('2027-03-01T00:00:00Z');
  const hour = 3600_000;
  it.each([
    ['2027-03-04T00:00:00Z', 48 * hour, '2027-03-02T00:00:00.000Z'],
    ['2027-03-02T00:00:00Z', 48 * hour, '2027-03-01T00:00:00.000Z'], // the stage began inside the lead: at once
    ['2027-03-01T00:00:00Z', 48 * hour, null], // passed: never
    ['not a date', 48 * hour, null],
  ])('due %s, lead %i → %s', (due, lead, expected) => {
    expect(reminderFireAt(new Date(due), lead, now)?.toISOString() ?? null).toBe(expected);
  });

  it('never before now, never after the deadline', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), fc.integer({ min: 0, max: 1e10 }), (offset, lead) => {
        const due = new Date(now.getTime() + offset);
        const at = reminderFireAt(due, lead, now);
        if (offset <= 0) expect(at).toBeNull();
        else {
          expect(at!.getTime()).toBeGreaterThanOrEqual(now.getTime());
          expect(at!.getTime()).toBeLessThanOrEqual(due.getTime()); // at the deadline itself only with no lead time
        }
      }),
    );
  });
});
