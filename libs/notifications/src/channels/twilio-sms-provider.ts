import { DeliveryError } from './delivery-error';
import type { SmsProvider } from './sms-provider';

export interface TwilioSettings {
  readonly apiUrl: string;
  readonly accountSid: string;
  readonly authToken: string;
  readonly from: string;
}

const TIMEOUT_MS = 10_000;

/**
 * Twilio's Messages API: `POST /2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded `To`, `From`,
 * `Body`, HTTP Basic auth with the account SID and auth token; `201` with the message resource (`sid`), or an
 * error object `{code, message, status}`. 4xx other than 429 is permanent; 429, 5xx and network errors are retried.
 */
export class TwilioSmsProvider implements SmsProvider {
  readonly name = 'twilio';

  constructor(private readonly settings: TwilioSettings) {}

  async send(to: string, body: string): Promise<{ messageId: string }> {
    const { apiUrl, accountSid, authToken, from } = this.settings;
    const url = `${apiUrl.replace(/\/$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: new URLSearchParams({ To: to, From: from, Body: body }).toString(),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      throw new DeliveryError(`Twilio unreachable: ${(err as Error).name}`, false);
    }
    const answer = (await res.json().catch(() => ({}))) as { sid?: string; code?: number; message?: string };
    if (res.status === 201 && answer.sid) return { messageId: answer.sid };
    // Twilio's own error code and text say what was wrong; neither repeats the number or the token.
    const reason = `Twilio answered ${res.status}${answer.code ? ` (error ${answer.code})` : ''}`;
    throw new DeliveryError(reason, res.status >= 400 && res.status < 500 && res.status !== 429);
  }
}
