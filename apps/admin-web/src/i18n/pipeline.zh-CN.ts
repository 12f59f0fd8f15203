/** Pipeline templates (open selection / honours), award tiers and the awards view (merged under `pipeline`). */
const pipelineZhCN = {
  form: {
    heading: '活动类型与流程',
    template: '活动类型',
    templates: {
      'open-selection': '公开选配（提交代表大会选举）',
      honours: '评选表彰（如“十佳家庭”：推荐、群众投票、考察、分等级表彰）',
    },
    templateHelp: '评选表彰没有代表大会选举：考察结束后按排名确定各奖项名单并公示。',
    skipped: '省略的环节',
    skippedHelp: '省略的环节不出现在流程中，其权重须为 0（其余权重合计 100）。至少保留一个评分环节。',
    skip: {
      'expert-review': '不进行专家评审（项目评审和专家评审组意见）',
      'panel-opinion': '不征求专家评审组意见',
      jury: '不进行群众投票',
    },
    tiers: '奖项等级',
    tiersHelp: '按排名依次确定：第一个等级取排名最前的人选，第二个等级取接下来的人选，依此类推。',
    tierTitle: '奖项名称',
    tierTitlePlaceholder: '如：十佳家庭',
    tierSize: '名额',
    addTier: '添加奖项等级',
    publication: '名单公布方式',
    publications: { unranked: '排名不分先后', ranked: '按排名先后' },
    placesTotal: '共 {{places}} 个获奖名额',
  },
  awards: {
    tab: '表彰名单',
    heading: '各奖项名单',
    notYet: '考察结束后，这里按排名显示各奖项的人选。',
    preview: '以下是按排名确定的名单，发布后进入公示期。',
    publishedNote: '名单已发布。',
    unranked: '排名不分先后',
    ranked: '按排名先后',
    tierLine: '{{title}}（{{size}} 名）',
    short: '人选不足：{{count}}/{{size}}',
    unit: '单位或住址',
    name: '姓名（家庭）',
    empty: '暂无人选',
    publishHeading: '发布表彰名单',
    publishBody: '发布后名单公开并进入公示期，期间任何人可以提出异议，您须逐一书面答复。',
    publishButton: '发布表彰名单并开始公示',
    publishTitle: '发布表彰名单？',
    publishConfirm: '名单将公开，公示期开始；发布后不能更改。',
    published: '表彰名单已发布，公示期开始',
  },
  nomination: '推荐',
};

export default pipelineZhCN;
export type PipelineMessages = typeof pipelineZhCN;
