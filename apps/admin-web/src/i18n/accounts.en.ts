import type accountsZhCN from './accounts.zh-CN';

/** Accounts: password sign-in, registration, e-mail confirmation, forgotten and reset passwords. */
const accountsEn: typeof accountsZhCN = {
  passwordTab: 'Password',
  devTab: 'Development sign-in',
  login: 'E-mail or phone',
  password: 'Password',
  totp: 'Code (authenticator app)',
  totpHelp: 'This account has a second factor: enter the 6-digit code from your authenticator app',
  signIn: 'Sign in',
  register: 'Register',
  forgot: 'Forgot password',
  backToSignIn: 'Back to sign-in',
  registerTitle: 'Register to apply',
  registerIntro: 'We will e-mail you a confirmation link; you can submit a candidacy once your e-mail is confirmed.',
  name: 'Name',
  email: 'E-mail',
  phone: 'Phone (optional)',
  passwordHelp: 'At least 10 characters, not a common password',
  registerSubmit: 'Register',
  registered: 'Check your mail: open the link in it to confirm your e-mail address.',
  confirmTitle: 'Confirm e-mail',
  confirming: 'Confirming…',
  confirmed: 'Your e-mail is confirmed: you can now sign in and submit your candidacy.',
  forgotTitle: 'Forgot password',
  forgotIntro: 'Enter the e-mail or phone of your account; we will send a reset link (valid for one hour) to its e-mail.',
  forgotSubmit: 'Send reset link',
  forgotSent: 'If the account exists and has an e-mail address, a reset link is on its way.',
  resetTitle: 'Set a new password',
  newPassword: 'New password',
  resetSubmit: 'Set password',
  resetDone: 'Your password is set and every session of yours has ended. Sign in with the new password.',
  missingToken: 'The link is incomplete; open it again from the mail.',
};

export default accountsEn;
