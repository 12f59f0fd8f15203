import type { ResultLine, ResultsView } from '@app/domain';
import { parse } from 'csv-parse/sync';
import { resultsCsv } from './csv/results-csv';
import { exceptionSentences } from './exception-sentences';
import { publicNoticeHtml } from './public-notice.html';

const line = (over: Partial<ResultLine>): ResultLine => ({
  rank: null,
  candidacyId: 'c',
  name: '某人',
  employer: null,
  projectTitle: null,
  grassrootsFrontline: false,
  nomination: 'self',
  projectReview: null,
  panelPoints: null,
  panelGrade: null,
  jury: null,
  composite: null,
  status: 'not-shortlisted',
  positionKey: null,
  ...over,
});

const NO_EXCEPTIONS: ResultsView['exceptions'] = { inspection: null, quota: null };

const openSelection = (exceptions = NO_EXCEPTIONS): ResultsView => ({
  campaignId: 'k1',
  title: '兼职副主席竞争性选拔',
  organisingBody: '某市妇女联合会',
  stage: 'publicity',
  weights: { projectReview: '40', panelOpinion: '20', jury: '40' },
  positions: [{ key: 'vice-chair', title: '兼职副主席', seats: 1, elected: [{ candidacyId: 'a', name: '黄丽娟' }], rounds: [] }],
  lines: [
    line({ rank: 1, candidacyId: 'a', name: '黄丽娟', composite: '93.2000', status: 'elected', positionKey: 'vice-chair' }),
    line({ rank: 2, candidacyId: 'b', name: '周晓雯', composite: '88.1000', status: 'not-elected' }),
  ],
  pipeline: 'open-selection' as ResultsView['pipeline'],
  awards: null,
  quotaViolations: [],
  publishedAt: '2026-03-02T02:00:00.000Z',
  publicityEndsAt: '2026-03-09T02:00:00.000Z',
  certifiedAt: null,
  basedOnEventHash: 'ab'.repeat(32),
  objections: [],
  corrections: [],
  exceptions,
});

const honours = (publication: 'ranked' | 'unranked'): ResultsView => {
  const ranked = publication === 'ranked';
  return {
    ...openSelection(),
    title: '十佳家庭评选',
    positions: [{ key: 'family', title: '十佳家庭', seats: 2, elected: [], rounds: [] }],
    awards: {
      publication,
      published: true,
      tiers: [
        { tierKey: 'winner', title: '十佳家庭', size: 1, members: [{ candidacyId: 'w', name: '王家', unit: '东湖街道' }] },
        { tierKey: 'nominee', title: '提名奖', size: 1, members: [{ candidacyId: 'l', name: '李家', unit: null }] },
      ],
    },
    // As resultsView gives them: unranked, by name with no rank or score; ranked, in rank order with scores.
    lines: ranked
      ? [
          line({ rank: 1, candidacyId: 'w', name: '王家', jury: '90.0000', composite: '90.0000', status: 'awarded' }),
          line({ rank: 2, candidacyId: 'l', name: '李家', jury: '80.0000', composite: '80.0000', status: 'awarded' }),
          line({ rank: 3, candidacyId: 'z', name: '张家', jury: '70.0000', composite: '70.0000', status: 'not-awarded' }),
        ]
      : [
          line({ candidacyId: 'l', name: '李家', status: 'awarded' }),
          line({ candidacyId: 'w', name: '王家', status: 'awarded' }),
          line({ candidacyId: 'z', name: '张家', status: 'not-awarded' }),
        ],
  };
};

const csvRows = (csv: string): string[][] => parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: false });

describe('exceptionSentences: one plain sentence with its written reason per recorded exception', () => {
  it.each([
    [NO_EXCEPTIONS, []],
    [
      { inspection: { reason: '仅两人符合条件', finalists: 2, seats: 2 }, quota: null },
      ['经考察，正式候选人2人，与职位名额2个相等，经批准实行等额选举。理由：仅两人符合条件'],
    ],
    [
      { inspection: { reason: '仅一人符合条件', finalists: 1, seats: 2 }, quota: null },
      ['经考察，正式候选人1人，少于职位名额2个，经批准继续选举。理由：仅一人符合条件'],
    ],
    [{ inspection: null, quota: { reason: '无人符合' } }, ['当选人员未满足结构比例要求，且已无符合条件的人选，经批准作为例外确认结果。理由：无人符合']],
    [
      { inspection: { reason: '甲', finalists: 2, seats: 2 }, quota: { reason: '乙' } },
      [
        '经考察，正式候选人2人，与职位名额2个相等，经批准实行等额选举。理由：甲',
        '当选人员未满足结构比例要求，且已无符合条件的人选，经批准作为例外确认结果。理由：乙',
      ],
    ],
  ])('%j → %j', (exceptions, expected) => {
    expect(exceptionSentences(exceptions)).toEqual(expected);
  });
});

describe('the printed notice', () => {
  it('says nothing of exceptions when none was recorded', () => {
    const html = publicNoticeHtml(openSelection());
    expect(html).not.toContain('特别说明');
    expect(html).toContain('<h2>当选人员</h2>');
  });

  it('states each exception and its reason, escaped, after the elected', () => {
    const html = publicNoticeHtml(openSelection({ inspection: { reason: '<b>仅两人</b>', finalists: 2, seats: 2 }, quota: { reason: '无人符合' } }));
    expect(html).toContain('<h2>特别说明</h2>');
    expect(html).toContain('经批准实行等额选举。理由：&lt;b&gt;仅两人&lt;/b&gt;');
    expect(html).toContain('经批准作为例外确认结果。理由：无人符合');
    expect(html.indexOf('当选人员')).toBeLessThan(html.indexOf('特别说明'));
  });

  it('lists the tiers of an unranked honours campaign with 排名不分先后, the unit only where given, and no ranked table', () => {
    const html = publicNoticeHtml(honours('unranked'));
    expect(html).toContain('表彰名单（排名不分先后）');
    expect(html).toContain('<h3>十佳家庭（1名）</h3><ul><li>王家（东湖街道）</li></ul>');
    expect(html).toContain('<h3>提名奖（1名）</h3><ul><li>李家</li></ul>');
    expect(html).not.toContain('综合成绩排名');
    expect(html).not.toContain('当选人员');
  });

  it('keeps the ranked table of a ranked honours campaign and names each line’s tier', () => {
    const html = publicNoticeHtml(honours('ranked'));
    expect(html).toContain('<h2>表彰名单</h2>');
    expect(html).toContain('综合成绩排名');
    expect(html).toContain('<h3>十佳家庭（1名）</h3><ol><li>王家（东湖街道）</li></ol>');
    expect(html).toContain('获奖 awarded（十佳家庭）');
    expect(html).toContain('获奖 awarded（提名奖）');
  });
});

describe('the CSV', () => {
  it('keeps the open selection’s columns and rows as they were, with no note row', () => {
    const rows = csvRows(resultsCsv(openSelection()));
    expect(rows[0][0]).toBe('排名 rank');
    expect(rows[0][1]).toBe('姓名 name');
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(0, 2)).toEqual(['1', '黄丽娟']);
  });

  it('adds the tier after the rank; unranked, the rank is empty and the lines come by name', () => {
    const rows = csvRows(resultsCsv(honours('unranked')));
    expect(rows[0].slice(0, 3)).toEqual(['排名 rank', '奖项 award tier', '姓名 name']);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['', '提名奖', '李家'],
      ['', '十佳家庭', '王家'],
      ['', '', '张家'],
    ]);
    expect(rows.slice(1).every((r) => r[9] === '')).toBe(true);
  });

  it('ranked, keeps the rank and the scores beside the tier', () => {
    const rows = csvRows(resultsCsv(honours('ranked')));
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[9]])).toEqual([
      ['1', '十佳家庭', '王家', '90.0000'],
      ['2', '提名奖', '李家', '80.0000'],
      ['3', '', '张家', '70.0000'],
    ]);
  });

  it('ends with an empty row and one note row per exception, as wide as the header', () => {
    const csv = resultsCsv(openSelection({ inspection: { reason: '仅两人', finalists: 2, seats: 2 }, quota: { reason: '无人符合' } }));
    const rows = csvRows(csv);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    expect(rows.slice(3).map((r) => r.slice(0, 2))).toEqual([
      ['', ''],
      ['说明 note', '经考察，正式候选人2人，与职位名额2个相等，经批准实行等额选举。理由：仅两人'],
      ['说明 note', '当选人员未满足结构比例要求，且已无符合条件的人选，经批准作为例外确认结果。理由：无人符合'],
    ]);
  });
});
