import { SMTPServer } from 'smtp-server';
import { freePort } from './private-services';

export interface CaughtMail {
  readonly to: string[];
  readonly subject: string;
  /** The body, decoded from quoted-printable or base64. */
  readonly text: string;
}

/** A real SMTP server on a free loopback port that keeps every message it receives, for tests to read. */
export class MailCatcher {
  readonly messages: CaughtMail[] = [];
  private server?: SMTPServer;
  private readonly closedSessions = new Set<string>();
  private holdMs = 0;
  /** Messages whose data has arrived and whose acceptance is being held (see holdNextMessage). */
  holding = 0;
  port = 0;

  /**
   * The next message's data is received but answered only after `ms` (a slow server): long enough to kill the
   * sender mid-send. A message whose sender hung up before the answer was never accepted, so it is not kept —
   * as a real server does, since the sender cannot know it arrived.
   */
  holdNextMessage(ms: number): void {
    this.holdMs = ms;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.port = await freePort();
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onClose: (session) => {
        this.closedSessions.add(session.id);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const hold = this.holdMs;
          this.holdMs = 0;
          if (hold) this.holding += 1;
          setTimeout(() => {
            if (hold) this.holding -= 1;
            if (this.closedSessions.has(session.id)) return callback(new Error('sender hung up before acceptance'));
            this.messages.push(
              parse(
                Buffer.concat(chunks).toString('utf8'),
                session.envelope.rcptTo.map((r) => r.address),
              ),
            );
            callback();
          }, hold);
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The first message to this address whose subject contains the text, waiting for it to arrive. */
  async waitFor(to: string, subjectContains: string, timeoutMs = 15_000): Promise<CaughtMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find((m) => m.to.includes(to) && m.subject.includes(subjectContains));
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no mail to ${to} about "${subjectContains}" in ${timeoutMs} ms (got: ${this.messages.map((m) => `${m.to} ${m.subject}`).join('; ')})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function parse(raw: string, to: string[]): CaughtMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : body;
  return { to, subject: decodeEncodedWords(header('Subject')), text };
}

function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined[i] === '=' ? /^[0-9A-F]{2}/i.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 `=?UTF-8?B?…?=` / `=?UTF-8?Q?…?=` words in headers. */
function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}
