/** An SMS gateway. One implementation per provider; the worker picks one from SMS_PROVIDER. */
export interface SmsProvider {
  readonly name: string;
  /** Sends one message to an E.164 number; resolves with the provider's message id, or throws a DeliveryError. */
  send(to: string, body: string): Promise<{ messageId: string }>;
}

export const SMS_PROVIDER = Symbol('SmsProvider');
