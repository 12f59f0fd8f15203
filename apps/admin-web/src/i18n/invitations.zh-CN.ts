/** 邮件邀请：组织方的邀请表单与待接受列表，以及被邀请人的接受页面。合并到 screens.zh-CN.ts 的 `invitations`。 */
const invitationsZhCN = {
  organisationTitle: '邮件邀请组织方',
  campaignTitle: '邮件邀请评审专家、考察人员、计票人员',
  intro: '被邀请人会收到一封含一次性链接的邮件（7 天内有效）；她设置密码并接受后即获得授权，授权记入本活动的操作记录。再次邀请同一邮箱会使旧链接失效。',
  email: '受邀邮箱',
  name: '受邀人',
  role: '邀请担任',
  roles: { organiser: '组织方', expert: '评审专家', inspector: '考察人员', 'counting-officer': '计票人员' },
  send: '发送邀请',
  sent: '邀请已发送至 {{email}}',
  pending: '待接受的邀请',
  none: '没有待接受的邀请',
  expiresAt: '有效期至',
  withdraw: '撤回',
  withdrawConfirm: '撤回此邀请？邮件中的链接将立即失效。',
  withdrawn: '邀请已撤回',
  acceptTitle: '接受邀请',
  acceptIntro: '{{name}}，您好：{{by}}邀请您在「{{place}}」担任{{role}}。',
  acceptNew: '请为账户 {{email}} 设置密码，然后接受邀请。',
  acceptExisting: '邮箱 {{email}} 已有账户：请输入该账户的密码以接受邀请。',
  totpIfSet: '仅当此账户已开启双重验证时填写',
  accept: '接受邀请',
};

export default invitationsZhCN;
export type InvitationsMessages = typeof invitationsZhCN;
