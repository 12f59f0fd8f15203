import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { freePort } from './private-services';

export interface FakeSms {
  readonly accountSid: string;
  readonly to: string;
  readonly from: string;
  readonly body: string;
  readonly sid: string;
}

/**
 * A local HTTP server that speaks Twilio's Messages API as far as a sender sees it: `POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded To/From/Body, HTTP Basic auth with the account SID
 * and auth token (401 with Twilio's error 20003 otherwise), 400 with error 21211 for a number that is not E.164,
 * 201 with the message resource (`sid` SM + 32 hex digits, `status: queued`). `failNext(n)` answers 503 n times.
 */
export class TwilioFake {
  readonly messages: FakeSms[] = [];
  private server?: Server;
  private failures = 0;
  port = 0;

  constructor(
    readonly accountSid = `AC${randomBytes(16).toString('hex')}`,
    readonly authToken = randomBytes(16).toString('hex'),
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  failNext(times: number): void {
    this.failures = times;
  }

  async start(): Promise<void> {
    this.port = await freePort();
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const answer = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return answer(404, { code: 20404, message: 'The requested resource was not found', status: 404 });
    const expected = `Basic ${Buffer.from(`${this.accountSid}:${this.authToken}`).toString('base64')}`;
    if (req.headers.authorization !== expected || decodeURIComponent(match[1]) !== this.accountSid) {
      return answer(401, { code: 20003, message: 'Authenticate', status: 401 });
    }
    if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded'))
      return answer(400, { code: 21609, message: 'Invalid content type', status: 400 });
    if (this.failures > 0) {
      this.failures -= 1;
      return answer(503, { code: 20503, message: 'Service unavailable', status: 503 });
    }
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const [to, from, body] = [form.get('To') ?? '', form.get('From') ?? '', form.get('Body') ?? ''];
    if (!/^\+[1-9]\d{6,14}$/.test(to)) return answer(400, { code: 21211, message: `The 'To' number is not a valid phone number.`, status: 400 });
    if (!from || !body) return answer(400, { code: 21602, message: 'Message body is required.', status: 400 });
    const sid = `SM${randomBytes(16).toString('hex')}`;
    this.messages.push({ accountSid: this.accountSid, to, from, body, sid });
    answer(201, {
      sid,
      account_sid: this.accountSid,
      to,
      from,
      body,
      status: 'queued',
      num_segments: '1',
      direction: 'outbound-api',
      date_created: new Date().toUTCString(),
    });
  }
}
