import { z } from 'zod';

/** Event types are dotted lowercase words (`order.placed`, `saga.step.timed-out`). */
export const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/;

/** CloudEvents 1.0: attribute names are lowercase ASCII letters and digits, at most 20. */
export const ATTRIBUTE_NAME_PATTERN = /^[a-z0-9]{1,20}$/;

/** RFC 3339 date-time (the `time` attribute): date, `T`, time, optional fraction, zone. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

const INT32 = z
  .number()
  .int()
  .min(-(2 ** 31))
  .max(2 ** 31 - 1);
const text = (max: number) => z.string().min(1, 'must not be empty').max(max);

const knownAttributes = {
  specversion: z.literal('1.0', { error: 'must be "1.0"' }),
  id: text(256),
  source: text(2048),
  type: text(200).regex(EVENT_TYPE_PATTERN, 'must be dotted lowercase words (order.placed)'),
  time: z.string().regex(RFC3339, 'must be an RFC 3339 timestamp'),
  datacontenttype: z.literal('application/json', { error: 'must be "application/json"' }),
  data: z.unknown().optional(),
  subject: text(256),
  sequence: z.string().regex(/^\d{1,16}$/, 'must be a string of digits'),
  streamversion: INT32.min(1),
  correlationid: text(256),
  causationid: text(256).optional(),
  partitionkey: text(256).optional(),
  schemaversion: INT32.optional(),
  eventfoldmetadata: z.string().max(65_536).optional(),
  eventfoldtime: z
    .string()
    .regex(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i, 'must be a number')
    .optional(),
} as const;

const knownNames: ReadonlySet<string> = new Set(Object.keys(knownAttributes));

/**
 * A structured CloudEvent as Eventfold imports it: strict CloudEvents 1.0 (specversion,
 * required attributes, extension names and value types), plus what a stored log needs
 * (subject = stream, sequence = position, streamversion). Other extensions are allowed when
 * their names and values are valid CloudEvents, and ignored.
 */
export const storedCloudEventSchema = z.looseObject(knownAttributes).superRefine((event, ctx) => {
  for (const [name, value] of Object.entries(event)) {
    if (knownNames.has(name)) continue;
    if (name === 'data_base64') {
      ctx.addIssue({ code: 'custom', path: [name], message: 'binary data is not supported' });
    } else if (!ATTRIBUTE_NAME_PATTERN.test(name)) {
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: 'extension names must be 1-20 lowercase letters or digits',
      });
    } else if (!['string', 'number', 'boolean'].includes(typeof value)) {
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: 'an extension value must be a string, number or boolean',
      });
    }
  }
});

export type StoredCloudEventInput = z.output<typeof storedCloudEventSchema>;
