import type { Mail } from '../mail/mailer';
import type { Invitation } from './invitation';

const ROLE_ZH: Record<Invitation['role'], string> = { organiser: '组织方', expert: '评审专家', inspector: '考察人员', 'counting-officer': '计票人员' };

/** Chinese first (the people invited read it), one English line for anyone who does not. */
export function invitationMail(invitation: Invitation, placeName: string, link: string): Mail {
  const by = invitation.invitedByName ?? '组织方';
  return {
    to: invitation.email,
    subject: `公开选配：邀请您担任${ROLE_ZH[invitation.role]} / Open Selection: you are invited`,
    text: [
      `${invitation.name}，您好：`,
      `${by}邀请您在「${placeName}」担任${ROLE_ZH[invitation.role]}。请在 7 天内打开以下链接，设置密码（已有账户请直接登录）并接受邀请：`,
      link,
      `You are invited to take part in "${placeName}" as ${invitation.role}; open the link above within 7 days to set your password (or sign in) and accept.`,
      '',
    ].join('\n'),
  };
}
