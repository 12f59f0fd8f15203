import { inCampaignZone } from '@app/domain';
import { ApiClient, campaignBody, candidacyBody, type Stack, startStack } from '@app/testing';
import { demoCampaignAtRanking } from '../fixtures/demo-campaign-fixtures';

const DAY = 86_400_000;
const at = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

/**
 * The timeline is enforced with the command's own time: a candidacy after the closing date is refused naming it
 * (in the campaign's zone); the organiser extends the deadline with a reason — only later, only once the campaign
 * runs — and the candidacy then goes through. The extension is kept in the history and shown on the campaign.
 */
describe('deadlines: enforced, extended with a reason', () => {
  let stack: Stack;
  let organiser: ApiClient;

  beforeAll(async () => {
    stack = await startStack('deadlines');
    organiser = await ApiClient.login(stack.baseUrl, ['organiser'], 'organiser-deadlines', '李主任');
  });

  afterAll(() => stack?.stop());

  const campaignWith = async (timeline: Record<string, string>, key: string): Promise<string> => {
    const created = await organiser.command('POST', '/campaigns', campaignBody({ timeline }), key);
    expect(created.status).toBe(200);
    return created.body.result.campaignId;
  };

  it('refuses a late candidacy with the date, extends the deadline with a reason, then takes the candidacy', async () => {
    const closedAt = at(-1);
    const id = await campaignWith({ candidacyOpensAt: at(-10), candidacyClosesAt: closedAt, juryClosesAt: at(40) }, 'late-campaign');

    // In draft a date is changed in the configuration, not extended.
    const inDraft = await organiser.command('POST', `/campaigns/${id}/timeline/extend`, { deadline: 'candidacyClosesAt', to: at(7), reason: '报名人数不足' });
    expect(inDraft.status).toBe(409);
    expect(inDraft.body.code).toBe('deadline.in-draft');

    expect((await organiser.command('POST', `/campaigns/${id}/candidacy/open`)).status).toBe(200);
    const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'late-candidate', '周晓雯');
    const late = await candidate.command('POST', `/campaigns/${id}/candidacies`, candidacyBody('周晓雯'), 'late-1');
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({
      code: 'deadline.passed',
      message: `Candidacy closed at ${inCampaignZone(closedAt)}.`,
      params: { closedAt: new Date(closedAt).toISOString(), timeZone: 'Asia/Shanghai' },
    });

    const earlier = await organiser.command('POST', `/campaigns/${id}/timeline/extend`, { deadline: 'candidacyClosesAt', to: at(-2), reason: '提前' });
    expect(earlier.status).toBe(422);
    expect(earlier.body.code).toBe('deadline.not-later');
    const noReason = await organiser.request('POST', `/campaigns/${id}/timeline/extend?wait=true`, { deadline: 'candidacyClosesAt', to: at(7) });
    expect(noReason.status).toBe(400);
    expect(new Set(noReason.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['reason']));

    const newClose = at(7);
    const extended = await organiser.command('POST', `/campaigns/${id}/timeline/extend`, {
      deadline: 'candidacyClosesAt',
      to: newClose,
      reason: '报名人数不足，延长报名一周',
    });
    expect(extended.status).toBe(200);
    const campaign = (await organiser.get(`/campaigns/${id}`)).body;
    expect(campaign.config.timeline.candidacyClosesAt).toBe(newClose);
    expect(campaign.deadlineExtensions).toEqual([
      {
        deadline: 'candidacyClosesAt',
        from: closedAt,
        to: newClose,
        reason: '报名人数不足，延长报名一周',
        extendedAt: expect.any(String),
        extendedBy: 'organiser-deadlines',
      },
    ]);
    const events = (await organiser.get(`/campaigns/${id}/events`)).body as { type: string; payload: any }[];
    expect(events.find((e) => e.type === 'DeadlineExtended')?.payload).toMatchObject({ deadline: 'candidacyClosesAt', from: closedAt, to: newClose });

    // The same candidate, again: now within the (extended) period.
    const onTime = await candidate.command('POST', `/campaigns/${id}/candidacies`, candidacyBody('周晓雯'), 'late-2');
    expect(onTime.status).toBe(200);

    // Once candidacy is over its deadline can no longer move; the jury's still can.
    expect((await organiser.command('POST', `/campaigns/${id}/candidacy/close`)).status).toBe(200);
    const over = await organiser.command('POST', `/campaigns/${id}/timeline/extend`, { deadline: 'candidacyClosesAt', to: at(14), reason: '补报名' });
    expect(over.status).toBe(409);
    expect(over.body.code).toBe('deadline.stage-over');
    expect((await organiser.command('POST', `/campaigns/${id}/timeline/extend`, { deadline: 'juryClosesAt', to: at(45), reason: '评审团延期' })).status).toBe(
      200,
    );
  });

  it('refuses a candidacy before the opening date, naming it', async () => {
    const opensAt = at(3);
    const id = await campaignWith({ candidacyOpensAt: opensAt, candidacyClosesAt: at(20) }, 'early-campaign');
    expect((await organiser.command('POST', `/campaigns/${id}/candidacy/open`)).status).toBe(200);
    const candidate = await ApiClient.login(stack.baseUrl, ['candidate'], 'early-candidate', '吴敏');
    const early = await candidate.command('POST', `/campaigns/${id}/candidacies`, candidacyBody('吴敏'), 'early-1');
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'deadline.not-open', params: { opensAt: new Date(opensAt).toISOString() } });
    expect(early.body.message).toContain(inCampaignZone(opensAt));
  });

  it('an extended project-review deadline moves the experts’ reminder with it', async () => {
    const id = await campaignWith({ projectReviewClosesAt: at(20) }, 'review-campaign');
    for (const step of ['candidacy/open', 'candidacy/close']) expect((await organiser.command('POST', `/campaigns/${id}/${step}`)).status).toBe(200);
    expect((await organiser.command('POST', `/campaigns/${id}/stage`, { to: 'project-review' })).status).toBe(200);
    const dueAt = async () => {
      const { rows } = await stack.pool.query(`SELECT due_at FROM notification_reminders WHERE campaign_id = $1`, [id]);
      return rows[0] ? (rows[0].due_at as Date).toISOString() : null;
    };
    const waitFor = async (expected: string) => {
      for (let i = 0; i < 100 && (await dueAt()) !== expected; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await dueAt()).toBe(expected);
    };
    await waitFor(new Date((await organiser.get(`/campaigns/${id}`)).body.config.timeline.projectReviewClosesAt).toISOString());
    const later = at(27);
    expect(
      (await organiser.command('POST', `/campaigns/${id}/timeline/extend`, { deadline: 'projectReviewClosesAt', to: later, reason: '两位专家出差' })).status,
    ).toBe(200);
    await waitFor(new Date(later).toISOString());
  });

  it('a finalist who withdraws during inspection is replaced by the next eligible candidate, with who and why recorded', async () => {
    const campaign = await demoCampaignAtRanking(stack.baseUrl, 'withdrawal');
    const base = `/campaigns/${campaign.campaignId}`;
    expect((await campaign.organiser.command('POST', `${base}/ranking/freeze`, {})).status).toBe(200);
    type Member = { candidacyId: string; name: string; status: string; via: string };
    const members = async () => (await campaign.organiser.get(`${base}/shortlist`)).body.members as Member[];
    const before = await members();
    const leaving = before[0];

    // The organiser records it for her, with her reason; without one it is a 400 naming the field.
    const unexplained = await campaign.organiser.request('POST', `/candidacies/${leaving.candidacyId}/withdraw-on-behalf?wait=true`, {});
    expect(unexplained.status).toBe(400);
    const withdrawn = await campaign.organiser.command('POST', `/candidacies/${leaving.candidacyId}/withdraw-on-behalf`, { reason: '本人来信因工作调动退出' });
    expect(withdrawn.status).toBe(200);
    const replacementId: string = withdrawn.body.result.replacement;
    expect(replacementId).toBeTruthy();
    expect(before.map((m) => m.candidacyId)).not.toContain(replacementId);

    const after = await members();
    expect(after.find((m) => m.candidacyId === leaving.candidacyId)?.status).toBe('withdrawn');
    expect(after.find((m) => m.candidacyId === replacementId)).toMatchObject({ status: 'shortlisted', via: 'replacement' });
    const events = (await campaign.organiser.get(`${base}/events`)).body as { type: string; actorId: string; payload: any }[];
    const recorded = events.find((e) => e.type === 'CandidacyWithdrawn')!;
    expect(recorded.payload).toMatchObject({ candidacyId: leaving.candidacyId, reason: '本人来信因工作调动退出', onBehalfBy: 'organiser-li' });
    expect(events.find((e) => e.type === 'ShortlistMemberReplaced')?.payload).toMatchObject({
      failedId: leaving.candidacyId,
      replacement: { candidacyId: replacementId },
    });
  }, 180_000);
});
