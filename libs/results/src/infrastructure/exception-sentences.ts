import type { ResultsView } from '@app/domain';

/**
 * The exceptions the organiser recorded, each as one plain sentence with its written reason, for the printed
 * notice and the CSV: an election after inspection left no more finalists than seats, and a quota the elected
 * do not meet with nobody qualifying left to mend it. None when the campaign recorded no exception.
 */
export function exceptionSentences(exceptions: ResultsView['exceptions']): string[] {
  const { inspection, quota } = exceptions;
  return [
    ...(inspection
      ? [
          inspection.finalists === inspection.seats
            ? `经考察，正式候选人${inspection.finalists}人，与职位名额${inspection.seats}个相等，经批准实行等额选举。理由：${inspection.reason}`
            : `经考察，正式候选人${inspection.finalists}人，少于职位名额${inspection.seats}个，经批准继续选举。理由：${inspection.reason}`,
        ]
      : []),
    ...(quota ? [`当选人员未满足结构比例要求，且已无符合条件的人选，经批准作为例外确认结果。理由：${quota.reason}`] : []),
  ];
}
