/** 推荐渠道与下级评选（中文）：报名表、报名列表、上级活动选取下级入围人选。合并进 screens.zh-CN.ts 的 `nomination`。 */
const nominationZhCN = {
  title: '推荐方式',
  channel: '报名方式',
  channels: {
    self: '自荐',
    organisation: '组织推荐',
    joint: '联名推荐',
    'child-campaign': '下级评选产生',
  },
  nominatingBody: '推荐组织或单位',
  nominatingBodyPlaceholder: '例如：某街道妇联',
  nominators: '联名推荐人（每行一人）',
  nominatorsHint: '至少 {{minimum}} 人，每行填写一位推荐人姓名。推荐人姓名只有组织方和本人可见，不会公开。',
  nominatorsCount: '已填写 {{count}} 人',
  tooFewNominators: '至少需要 {{minimum}} 名不同的推荐人（已填写 {{count}} 人）',
  bodyRequired: '请填写推荐组织或单位',
  fromChild: '来自：{{title}}',
  nominatedBy: '推荐人：{{names}}',
  recommendedBy: '推荐单位：{{body}}',
  children: {
    title: '从下级评选中选取入围人选',
    intro: '下级组织的评选结果确认后，可以把其当选（入围）人选直接作为本次活动的报名人。每个下级评选只能选取一次。',
    none: '目前没有已确认结果的下级组织评选。',
    campaign: '下级评选',
    organisation: '组织',
    finalists: '入围人数',
    adopted: '已选取',
    adopt: '选取所选评选的入围人选',
    adoptedMessage: '已选取 {{count}} 名入围人选',
    confirmTitle: '确认选取入围人选？',
    confirmBody: '所选评选的 {{count}} 名入围人选将成为本次活动的报名人，之后仍需资格审查。此操作不能撤销。',
  },
};

export type NominationMessages = typeof nominationZhCN;
export default nominationZhCN;
