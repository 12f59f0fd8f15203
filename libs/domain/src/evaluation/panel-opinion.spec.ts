import type { CampaignStage } from '../campaign/campaign-stage';
import type { DomainEvent } from '../shared/domain-event';
import { foldEvaluation } from './expert-panel';
import { panelOpinionResults, recordPanelGrade } from './panel-opinion';
import type { PanelGrade } from './panel-grade';
import { isBlindForExperts, redactProposal, REDACTED } from './blind-review';
import { CAMPAIGN_ID, campaignIn, candidaciesOf, candidacy, ev, rejection } from './evaluation-fixtures.spec-helper';

const cands = candidaciesOf(candidacy('c1', 'cand-1'), candidacy('c2', 'cand-2', 'rejected'));
const added = (expertId: string) => ev('ExpertAddedToPanel', { campaignId: CAMPAIGN_ID, expertId, name: expertId, candidacyIds: null });
const graded = (expertId: string, grade: PanelGrade, candidacyId = 'c1') =>
  ev('PanelGradeRecorded', { campaignId: CAMPAIGN_ID, candidacyId, expertId, grade, opinion: 'o' });
const panel = ['e1', 'e2', 'e3', 'e4'].map(added);

describe('recordPanelGrade', () => {
  const state = foldEvaluation([
    ...panel,
    ev('ConflictOfInterestDeclared', { campaignId: CAMPAIGN_ID, expertId: 'e4', candidacyId: 'c1', reason: 'r', declaredBy: 'organiser' }),
  ]);
  const input = { expertId: 'e1', candidacyId: 'c1', grade: 'good', opinion: ' 项目扎实 ' };

  it('records a grade with its written opinion', () => {
    expect(recordPanelGrade(campaignIn('panel-opinion'), cands, state, input)).toEqual([
      { type: 'PanelGradeRecorded', payload: { campaignId: CAMPAIGN_ID, candidacyId: 'c1', expertId: 'e1', grade: 'good', opinion: '项目扎实' } },
    ]);
  });

  it.each<[string, CampaignStage, Partial<typeof input>, string]>([
    ['during project review', 'project-review', {}, 'stage.wrong'],
    ['after the panel stage', 'jury', {}, 'stage.wrong'],
    ['from someone not on the panel', 'panel-opinion', { expertId: 'e9' }, 'panel.not-a-member'],
    ['from a recused expert', 'panel-opinion', { expertId: 'e4' }, 'assignment.recused'],
    ['for a candidacy not accepted', 'panel-opinion', { candidacyId: 'c2' }, 'candidacy.not-qualified'],
    ['with an unknown grade', 'panel-opinion', { grade: 'Excellent' }, 'panel.unknown-grade'],
    ['without an opinion', 'panel-opinion', { opinion: '' }, 'panel.opinion-required'],
  ])('refuses a grade %s', (_, stage, change, code) => {
    expect(rejection(() => recordPanelGrade(campaignIn(stage), cands, state, { ...input, ...change })).code).toBe(code);
  });
});

describe('panelOpinionResults', () => {
  it.each<[string, DomainEvent[], PanelGrade | null, string | null, string[]]>([
    ['nobody graded', [], null, null, ['e1', 'e2', 'e3', 'e4']],
    ['clear majority', [graded('e1', 'excellent'), graded('e2', 'excellent'), graded('e3', 'good')], 'excellent', '100', ['e4']],
    ['a tie goes to the lower grade', [graded('e1', 'excellent'), graded('e2', 'excellent'), graded('e3', 'good'), graded('e4', 'good')], 'good', '85', []],
    ['a later grade replaces the earlier one', [graded('e1', 'poor'), graded('e1', 'fair')], 'fair', '70', ['e2', 'e3', 'e4']],
    [
      'a recused member does not count',
      [
        graded('e1', 'poor'),
        graded('e2', 'fair'),
        ev('ConflictOfInterestDeclared', { campaignId: CAMPAIGN_ID, expertId: 'e1', candidacyId: 'c1', reason: 'r', declaredBy: 'organiser' }),
      ],
      'fair',
      '70',
      ['e3', 'e4'],
    ],
  ])('%s', (_, events, grade, points, pending) => {
    const [result] = panelOpinionResults(foldEvaluation([...panel, ...events]), cands);
    expect(result.candidacyId).toBe('c1');
    expect(result.grade).toBe(grade);
    expect(result.points?.toString() ?? null).toBe(points);
    expect(result.pendingExpertIds).toEqual(pending);
  });
});

describe('blind review', () => {
  it.each<[boolean, CampaignStage, boolean]>([
    [true, 'qualification-review', true],
    [true, 'project-review', true],
    [true, 'panel-opinion', false],
    [false, 'project-review', false],
  ])('blindReview=%s in %s → blind: %s', (blind, stage, expected) => {
    expect(isBlindForExperts(campaignIn(stage, { blindReview: blind }))).toBe(expected);
  });

  it('scrubs the name, contact, employer and user id from every text of the proposal', () => {
    const proposal = {
      title: '周晓雯的爱心课堂',
      problem: '某商业银行支行附近的困难家庭',
      beneficiaries: '联系138-0000-0000',
      actions: 'candidate-zhou 牵头',
      milestones: '无',
      budget: '100.00',
      expectedOutcomes: '周晓雯和周晓雯',
    };
    const out = redactProposal(proposal, { name: '周晓雯', contact: '138-0000-0000', employer: '某商业银行支行' }, 'candidate-zhou');
    expect(out).toEqual({
      title: `${REDACTED}的爱心课堂`,
      problem: `${REDACTED}附近的困难家庭`,
      beneficiaries: `联系${REDACTED}`,
      actions: `${REDACTED} 牵头`,
      milestones: '无',
      budget: '100.00',
      expectedOutcomes: `${REDACTED}和${REDACTED}`,
    });
  });

  it('does not blank out text for a one-character or empty field', () => {
    const proposal = { title: '李家村', problem: 'p', beneficiaries: 'b', actions: 'a', milestones: 'm', budget: '1', expectedOutcomes: 'e' };
    expect(redactProposal(proposal, { name: '李', contact: '', employer: ' ' }).title).toBe('李家村');
  });
});
