/**
 * A send that failed. `permanent`: trying again cannot help (the provider refused the number or the
 * credentials), so the delivery becomes a dead letter at once. The message never carries an address or secret.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}
