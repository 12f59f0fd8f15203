/**
 * The demo's scores, chosen so that every published number can be checked by hand:
 * - 7 experts give each candidate base −3 … base +3: drop the highest and lowest, the mean of the rest is `review`;
 * - 4 of 7 panel members give `grade` (the majority), the other 3 the next grade down (or up, for 'poor');
 * - 60 jurors give `jury` −2 … `jury` +2, twelve of each: the trimmed mean is `jury`.
 * composite = 0.4 × review + 0.3 × panel points + 0.3 × jury (weights 40 / 30 / 30).
 */
export interface DemoScore {
  readonly review: number;
  readonly grade: 'excellent' | 'good' | 'fair' | 'poor';
  readonly jury: number;
}

export const DEMO_SCORES: Readonly<Record<string, DemoScore>> = {
  黄丽娟: { review: 92, grade: 'excellent', jury: 88 }, // 36.8 + 30 + 26.4 = 93.2
  吴敏: { review: 90, grade: 'excellent', jury: 84 }, // 36 + 30 + 25.2 = 91.2
  周晓雯: { review: 86, grade: 'good', jury: 92 }, // 34.4 + 25.5 + 27.6 = 87.5
  孙慧: { review: 88, grade: 'good', jury: 85 }, // 35.2 + 25.5 + 25.5 = 86.2
  陈静: { review: 84, grade: 'good', jury: 86 }, // 33.6 + 25.5 + 25.8 = 84.9
  刘佳: { review: 85, grade: 'good', jury: 80 }, // 34 + 25.5 + 24 = 83.5
  林淑芬: { review: 80, grade: 'good', jury: 84 }, // 32 + 25.5 + 25.2 = 82.7
  杨帆: { review: 82, grade: 'fair', jury: 82 }, // 32.8 + 21 + 24.6 = 78.4
  何晓燕: { review: 78, grade: 'fair', jury: 83 }, // 31.2 + 21 + 24.9 = 77.1
  王秀兰: { review: 75, grade: 'fair', jury: 86 }, // 30 + 21 + 25.8 = 76.8
  郑雅琴: { review: 76, grade: 'fair', jury: 79 }, // 30.4 + 21 + 23.7 = 75.1
  马春燕: { review: 72, grade: 'poor', jury: 90 }, // 28.8 + 15 + 27 = 70.8
};

export const EXPERT_OFFSETS = [-3, -2, -1, 0, 1, 2, 3];
export const JUROR_COUNT = 60;
export const jurorOffset = (juror: number) => (juror % 5) - 2;

const GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export function gradeOf(score: DemoScore, expert: number): DemoScore['grade'] {
  if (expert < 4) return score.grade;
  const i = GRADES.indexOf(score.grade);
  return GRADES[i === GRADES.length - 1 ? i - 1 : i + 1];
}

const RUBRIC_MAX: [string, number][] = [
  ['needs-fit', 30],
  ['feasibility', 25],
  ['innovation', 20],
  ['sustainability', 15],
  ['presentation', 10],
];

/** Spreads a sheet total over the rubric's criteria, each within its maximum. */
export function sheetFor(total: number): Record<string, string> {
  let left = total;
  return Object.fromEntries(
    RUBRIC_MAX.map(([key, max]) => {
      const take = Math.min(max, left);
      left -= take;
      return [key, String(take)];
    }),
  );
}

/** The inspection finding that fails one shortlisted candidate; the next-ranked eligible one replaces her. */
export const FAILS_INSPECTION = '陈静';

/**
 * The congress (paper ballots, 100 present of 120): vice-chairs — 黄丽娟 and 吴敏 elected, 周晓雯 and 孙慧 tie at the
 * last seat → run-off (周晓雯); standing committee — only 孙慧 passes half → further round (林淑芬).
 */
export const CONGRESS = {
  registered: 120,
  present: 100,
  rounds: [
    { position: 'vice-chair', approvals: { 黄丽娟: 70, 吴敏: 60, 周晓雯: 52, 孙慧: 52, 刘佳: 20, 林淑芬: 40 } },
    { position: 'vice-chair', approvals: { 周晓雯: 58, 孙慧: 40 } },
    { position: 'standing-committee', approvals: { 孙慧: 55, 刘佳: 45, 林淑芬: 48 } },
    { position: 'standing-committee', approvals: { 林淑芬: 62, 刘佳: 35 } },
  ] as { position: string; approvals: Record<string, number> }[],
};
