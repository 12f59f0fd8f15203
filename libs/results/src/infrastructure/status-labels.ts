import type { CandidateStatus } from '@app/domain';

export const STATUS_LABELS: Record<CandidateStatus, string> = {
  elected: '当选 elected',
  'not-elected': '未当选 not elected',
  awarded: '获奖 awarded',
  'not-awarded': '未获奖 not awarded',
  'failed-inspection': '考察未通过 failed inspection',
  'not-shortlisted': '未入围 not shortlisted',
  withdrawn: '已撤回 withdrawn',
  'not-qualified': '资格未通过 not qualified',
};
