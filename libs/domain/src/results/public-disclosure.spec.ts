import type { CandidacyConsent } from '../candidacy/candidacy-consent';
import { publicResultLine } from './public-disclosure';
import type { CandidateStatus, ResultLine } from './result-line';

const line = (status: CandidateStatus): ResultLine => ({
  rank: 1,
  candidacyId: 'k1',
  nomination: 'joint',
  name: '周晓雯',
  employer: '某商业银行支行',
  projectTitle: '爱心助力困难家庭',
  grassrootsFrontline: true,
  projectReview: '80.00',
  panelPoints: '90.00',
  panelGrade: 'excellent',
  jury: '70.00',
  composite: '80.00',
  status,
  positionKey: null,
});
const all: CandidacyConsent = { processing: true, publishName: true, publishEmployer: true, publishProjectTitle: true };
const none: CandidacyConsent = { processing: true, publishName: false, publishEmployer: false, publishProjectTitle: false };

describe('what the public result discloses about a candidate', () => {
  it.each<CandidateStatus>(['not-qualified', 'withdrawn', 'failed-inspection'])('leaves out an applicant who is %s, whatever she consented to', (status) => {
    expect(publicResultLine(line(status), all)).toBeUndefined();
  });

  it('names the elected and the finalists without consent (an election result names them), but not their employer or project', () => {
    for (const status of ['elected', 'not-elected'] as const) {
      expect(publicResultLine(line(status), none)).toMatchObject({ name: '周晓雯', employer: null, projectTitle: null, composite: '80.00', status });
    }
  });

  it('names a qualified candidate who was not shortlisted only with her consent, and each detail only with its own', () => {
    expect(publicResultLine(line('not-shortlisted'), none)).toMatchObject({ name: null, employer: null, projectTitle: null, composite: '80.00' });
    expect(publicResultLine(line('not-shortlisted'), { ...none, publishProjectTitle: true })).toMatchObject({
      name: null,
      employer: null,
      projectTitle: '爱心助力困难家庭',
    });
    expect(publicResultLine(line('not-shortlisted'), all)).toEqual(line('not-shortlisted'));
  });
});
