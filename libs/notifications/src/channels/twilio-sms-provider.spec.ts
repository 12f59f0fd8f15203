import { TwilioFake } from '../../../testing/src/twilio-fake';
import { DeliveryError } from './delivery-error';
import { TwilioSmsProvider } from './twilio-sms-provider';

/** Against a local server that speaks Twilio's Messages API (auth, form fields, error codes). */
describe('Twilio SMS provider', () => {
  const twilio = new TwilioFake();
  const provider = (overrides: Partial<{ authToken: string; accountSid: string }> = {}) =>
    new TwilioSmsProvider({
      apiUrl: twilio.url,
      accountSid: overrides.accountSid ?? twilio.accountSid,
      authToken: overrides.authToken ?? twilio.authToken,
      from: '+8610690000',
    });

  beforeAll(() => twilio.start());
  afterAll(() => twilio.stop());

  it('sends To, From and Body with the account’s Basic auth, and returns the message SID', async () => {
    const { messageId } = await provider().send('+8613800000001', '【公开选配】您好');
    expect(messageId).toMatch(/^SM[0-9a-f]{32}$/);
    expect(twilio.messages.at(-1)).toEqual({
      accountSid: twilio.accountSid,
      to: '+8613800000001',
      from: '+8610690000',
      body: '【公开选配】您好',
      sid: messageId,
    });
  });

  it.each([
    ['a wrong auth token', () => provider({ authToken: 'wrong' }).send('+8613800000001', 'x'), 'Twilio answered 401 (error 20003)', true],
    ['a number that is not E.164', () => provider().send('13800000001', 'x'), 'Twilio answered 400 (error 21211)', true],
  ])('%s is refused for good', async (_, send, message, permanent) => {
    const err = await send().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ message, permanent });
  });

  it('an outage is worth retrying, and the message never repeats the token or the number', async () => {
    twilio.failNext(1);
    const err = (await provider()
      .send('+8613800000002', 'x')
      .catch((e: unknown) => e)) as DeliveryError;
    expect(err).toMatchObject({ message: 'Twilio answered 503 (error 20503)', permanent: false });
    expect(err.message).not.toContain(twilio.authToken);
    expect(err.message).not.toContain('13800000002');
    const unreachable = await new TwilioSmsProvider({ apiUrl: 'http://127.0.0.1:1', accountSid: 'AC1', authToken: 't', from: '+1' })
      .send('+8613800000003', 'x')
      .catch((e: unknown) => e);
    expect(unreachable).toMatchObject({ permanent: false });
  });
});
