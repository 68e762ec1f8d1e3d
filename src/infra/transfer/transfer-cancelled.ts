/** Thrown when the person cancels an export or import: nothing was downloaded or written. */
export class TransferCancelledError extends Error {
  constructor(what: string) {
    super(`${what} cancelled`);
    this.name = 'TransferCancelledError';
  }
}
