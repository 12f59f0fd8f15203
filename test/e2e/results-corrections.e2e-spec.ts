import { type Stack, startStack } from '@app/testing';
import { demoCampaignAtRanking, holdDemoCongress, passRemainingInspections, type RankingStageCampaign } from '../fixtures/demo-campaign-fixtures';

/**
 * An upheld objection blocks certification until the organiser records a correction that answers it; the
 * correction is public beside the result, and certification then goes through. Bare stage changes cannot skip
 * publication or certification.
 */
describe('publicity: an upheld objection, its correction, certification', () => {
  let stack: Stack;
  let campaign: RankingStageCampaign;
  let base: string;

  beforeAll(async () => {
    stack = await startStack('results_corrections');
    campaign = await demoCampaignAtRanking(stack.baseUrl, 'corrections');
    base = `/campaigns/${campaign.campaignId}`;
    const { organiser } = campaign;
    expect((await organiser.command('POST', `${base}/ranking/freeze`, {})).status).toBe(200);
    await passRemainingInspections(stack.baseUrl, campaign.campaignId);
    expect((await organiser.command('POST', `${base}/inspection/close`, {})).status).toBe(200);
    await holdDemoCongress(organiser, campaign.campaignId, campaign.nameOf);
  }, 240_000);

  afterAll(() => stack?.stop());

  it('refuses to enter publicity or certified by a bare stage change', async () => {
    const publicity = await campaign.organiser.command('POST', `${base}/stage`, { to: 'publicity' });
    expect(publicity.status).toBe(409);
    expect(publicity.body.code).toBe('stage.use-publish-results');
    expect((await campaign.organiser.get(base)).body.stage).toBe('election');
  });

  it('holds certification until the upheld objection has a correction, which is then public', async () => {
    const { organiser } = campaign;
    expect((await organiser.command('POST', `${base}/results/publish`, {})).status).toBe(200);
    expect((await organiser.command('POST', `${base}/stage`, { to: 'certified' })).body.code).toBe('stage.use-certify-results');

    const objected = await organiser
      .anonymous()
      .request(
        'POST',
        `/public${base}/objections?wait=true`,
        { text: '第二轮计票表中林淑芬的得票抄录有误', contact: '王女士 139-0000-1234' },
        { 'idempotency-key': 'corr-objection' },
      );
    expect(objected.status).toBe(200);
    const objectionId: string = objected.body.result.objectionId;
    expect((await organiser.command('POST', `${base}/objections/${objectionId}/admit`)).status).toBe(200);
    expect(
      (await organiser.command('POST', `${base}/objections/${objectionId}/resolve`, { resolution: '经核实属实，抄录有误，予以更正', upheld: true })).status,
    ).toBe(200);

    const refused = await organiser.command('POST', `${base}/results/certify`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'certify.objection-upheld' });

    // A correction must name the upheld objection it answers; a bad id is a 400 naming the field.
    const unnamed = await organiser.command('POST', `${base}/results/corrections`, { text: '更正计票表抄录' });
    expect(unnamed.status).toBe(422);
    expect(unnamed.body).toMatchObject({ code: 'correction.objections-required', field: 'objectionIds' });
    const badId = await organiser.command('POST', `${base}/results/corrections`, { text: '更正', objectionIds: ['not-a-uuid'] });
    expect(badId.status).toBe(400);
    expect(badId.body.errors).toEqual([expect.objectContaining({ field: 'objectionIds', rule: 'isUuid' })]);

    const text = '第二轮计票表中林淑芬得票应为 4 票（原抄录为 3 票），当选结果不变';
    expect((await organiser.command('POST', `${base}/results/corrections`, { text, objectionIds: [objectionId] })).status).toBe(200);
    expect((await organiser.command('POST', `${base}/results/certify`)).status).toBe(200);

    // The organiser can reach the objector; the published result never shows how.
    expect((await organiser.get(`${base}/results`)).body.objections).toEqual([expect.objectContaining({ objectionId, contact: '王女士 139-0000-1234' })]);
    const published = (await organiser.anonymous().get(`/public${base}/results`)).body;
    expect(JSON.stringify(published)).not.toContain('139-0000-1234');
    expect(published.certifiedAt).not.toBeNull();
    expect(published.objections).toEqual([expect.objectContaining({ objectionId, upheld: true, correction: text })]);
    expect(published.corrections).toEqual([expect.objectContaining({ text, objectionIds: [objectionId] })]);
  });
});
