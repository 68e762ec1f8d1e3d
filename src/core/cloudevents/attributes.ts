import { CloudEventMappingError } from './cloud-event-errors';

/** Reads CloudEvent attributes by name, raising one clear error per missing or mistyped attribute. */
export class AttributeReader {
  constructor(
    private readonly input: Readonly<Record<string, unknown>>,
    private readonly eventId?: string,
  ) {}

  has(name: string): boolean {
    return this.input[name] !== undefined && this.input[name] !== null;
  }

  /** A non-empty string attribute that must be present. */
  required(name: string): string {
    const value = this.input[name];
    if (value === undefined || value === null) this.fail(`required attribute "${name}" is missing`);
    if (typeof value !== 'string' || value.length === 0) {
      this.fail(`attribute "${name}" must be a non-empty string`);
    }
    return value;
  }

  optional(name: string): string | undefined {
    return this.has(name) ? this.required(name) : undefined;
  }

  /** An integer attribute; a string of digits is accepted too (binary-mode transports stringify). */
  integer(name: string): number {
    const value = this.input[name];
    const parsed =
      typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : (value as number);
    if (!Number.isSafeInteger(parsed)) this.fail(`attribute "${name}" must be an integer`);
    return parsed;
  }

  fail(reason: string): never {
    throw new CloudEventMappingError(this.eventId, reason);
  }
}
