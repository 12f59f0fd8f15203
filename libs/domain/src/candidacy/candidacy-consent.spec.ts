import type { CampaignState } from '../campaign/campaign';
import { DomainError } from '../shared/domain-error';
import { editCandidacy, foldCandidacies, submitCandidacy } from './candidacy';
import type { CandidateDetails, ProjectProposal } from './candidacy-details';
import type { CandidacyConsent } from './candidacy-consent';

const campaign = { id: 'c1', stage: 'candidacy-open', config: { timeline: {} } } as unknown as CampaignState;
const details = {
  name: '周晓雯',
  contact: 'x',
  gender: 'female',
  birthYear: 1990,
  education: '',
  employer: 'e',
  sector: 's',
  employment: 'part-time',
  grassrootsFrontline: true,
  statement: '',
} as CandidateDetails;
const proposal = { title: 't', problem: 'p', beneficiaries: 'b', actions: 'a', milestones: 'm', budget: '1', expectedOutcomes: 'o' } as ProjectProposal;
const consent: CandidacyConsent = { processing: true, publishName: true, publishEmployer: false, publishProjectTitle: true };
const submit = (c: CandidacyConsent) =>
  submitCandidacy(campaign, new Map(), { candidacyId: 'k1', candidateId: 'p1', details, proposal, consent: c, submittedAt: new Date('2026-01-01T00:00:00Z') });

describe('consent at submission', () => {
  it('refuses a candidacy without consent to processing for the selection, naming the field', () => {
    try {
      submit({ ...consent, processing: false });
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect(e).toMatchObject({ code: 'candidacy.consent-required', field: 'consent.processing' });
    }
  });

  it('records each consent to publication separately in CandidacySubmitted', () => {
    const [event] = submit(consent);
    expect(event.payload).toMatchObject({ consent });
    expect(foldCandidacies([event]).get('k1')!.consent).toEqual(consent);
  });

  it('records a change of consent while candidacy is open as an edit, and still requires consent to processing', () => {
    const candidacies = foldCandidacies(submit(consent));
    const changed = { ...consent, publishEmployer: true, publishName: false };
    const [edited] = editCandidacy(campaign, candidacies, { candidacyId: 'k1', actorId: 'p1', details, proposal, consent: changed, at: new Date() });
    expect(foldCandidacies([...submit(consent), edited]).get('k1')!.consent).toEqual(changed);
    expect(() =>
      editCandidacy(campaign, candidacies, { candidacyId: 'k1', actorId: 'p1', details, proposal, consent: { ...changed, processing: false }, at: new Date() }),
    ).toThrow(DomainError);
  });

  it('reads a candidacy recorded before consent existed as consenting to no publication', () => {
    const [event] = submit(consent);
    const { consent: _dropped, ...old } = event.payload as unknown as Record<string, unknown>;
    expect(foldCandidacies([{ type: 'CandidacySubmitted', payload: old }]).get('k1')!.consent).toEqual({
      processing: true,
      publishName: false,
      publishEmployer: false,
      publishProjectTitle: false,
    });
  });
});
