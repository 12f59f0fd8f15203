import type { InvitationsMessages } from './invitations.zh-CN';

/** Invitations by e-mail, English. Merged into screens.en.ts under `invitations`. */
const invitationsEn: InvitationsMessages = {
  organisationTitle: 'Invite an organiser by e-mail',
  campaignTitle: 'Invite an expert, inspector or counting officer by e-mail',
  intro:
    'The invitee gets a mail with a one-time link (valid 7 days); once she sets her password and accepts, she holds the role, and the grant is in this campaign’s audit trail. Inviting the same address again makes the earlier link stop working.',
  email: 'Invitee’s e-mail',
  name: 'Invitee',
  role: 'Invited as',
  roles: { organiser: 'Organiser', expert: 'Expert', inspector: 'Inspector', 'counting-officer': 'Counting officer' },
  send: 'Send invitation',
  sent: 'Invitation sent to {{email}}',
  pending: 'Pending invitations',
  none: 'No pending invitations',
  expiresAt: 'Valid until',
  withdraw: 'Withdraw',
  withdrawConfirm: 'Withdraw this invitation? The link in the mail stops working at once.',
  withdrawn: 'Invitation withdrawn',
  acceptTitle: 'Accept the invitation',
  acceptIntro: 'Dear {{name}}: {{by}} invites you to “{{place}}” as {{role}}.',
  acceptNew: 'Set a password for the account {{email}}, then accept.',
  acceptExisting: 'The address {{email}} already has an account: enter its password to accept.',
  totpIfSet: 'Only if this account has a second factor',
  accept: 'Accept the invitation',
};

export default invitationsEn;
