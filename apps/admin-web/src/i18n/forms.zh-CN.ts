/** 组织方表单：数字输入、草稿作废、结构比例、冻结排名前的检查、评分表草稿。 */
const formsZhCN = {
  number: {
    wholeBetween: '请填写 {{min}} 至 {{max}} 之间的整数',
    wholeAtLeast: '请填写不小于 {{min}} 的整数',
    stepBetween: '请填写 {{min}} 至 {{max}} 之间的数，以 {{step}} 为单位（最多 {{places}} 位小数）',
    stepAtLeast: '请填写不小于 {{min}} 的数，以 {{step}} 为单位（最多 {{places}} 位小数）',
  },
  discard: {
    button: '作废此草稿',
    title: '作废草稿「{{title}}」？',
    body: '作废后，该活动将从所有列表中移除，不能恢复；作废记录保留在操作记录中。只有草稿可以作废。',
    reason: '作废原因（可选）',
    confirm: '确认作废',
    done: '草稿已作废',
  },
  quota: {
    duplicate: '与第 {{row}} 条结构比例重复（条件、取值和适用范围相同）；最低和最高比例请写在同一条中',
  },
  freeze: {
    blockedTitle: '还不能冻结排名：以下成绩尚未产生',
    'project-review-open': '项目评审尚未结束。',
    'panel-grades-missing': '专家评审组尚未评定等次：{{names}}。',
    'jury-result-not-recorded': '群众评审团结果尚未记录（请在“群众评审团”页记录结果）。',
    blockedHint: '以上成绩在排名中占有权重，产生之前冻结会被拒绝。',
    overrideLabel: '不计缺失等次冻结的理由',
    overrideHelp:
      '评审阶段已结束，以上等次已无法补评。如确需冻结，请写明理由（例如候选人因病未参加答辩、经领导小组同意）；理由随冻结的排名一并记录，缺失的部分按 0 计。',
  },
  sheet: {
    notSaved: '草稿未保存：请先改正标红的分值',
  },
};

export default formsZhCN;
