/** 通知记录（中文）：组织方查看本次选配发出的通知和失败（死信）。合并进 screens.zh-CN.ts 的 `notifications`。 */
const notificationsZhCN = {
  tab: '通知记录',
  hint: '专家分配、资格审查未通过、进入考察、评审截止提醒等通知的发送情况。多次重试仍失败的为“发送失败”，请另行联系本人。',
  all: '全部',
  deadLetters: '发送失败',
  none: '暂无通知',
  recipient: '接收人',
  kind: '通知',
  channel: '方式',
  status: '状态',
  attempts: '尝试次数',
  lastError: '最近错误',
  createdAt: '时间',
  kinds: { 'expert-assigned': '专家分配', 'candidacy-rejected': '资格审查未通过', 'inspection-starting': '进入考察', 'review-deadline': '评审截止提醒' },
  channels: { email: '电子邮件', sms: '短信' },
  statuses: { pending: '待发送', sending: '发送中', sent: '已发送', failed: '重试中', dead: '发送失败', skipped: '未发送' },
  preferences: {
    title: '通知设置',
    intro: '专家分配、资格审查结果、进入考察和截止提醒会通过电子邮件或短信通知您。',
    optOut: '不接收任何通知',
    email: '电子邮件',
    sms: '短信',
    default: { email: '默认（有邮箱即发送）', sms: '默认（无邮箱时发送）' },
    on: '接收',
    off: '不接收',
    locale: '通知语言',
    save: '保存通知设置',
    saved: '通知设置已保存',
  },
};

export type NotificationsMessages = typeof notificationsZhCN;
export default notificationsZhCN;
