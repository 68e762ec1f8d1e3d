import { fromCloudEvent } from '../../core/cloudevents/from-cloud-event';
import type { StoredEvent } from '../../core/messages/event';
import { formatPath } from '../scenario/load-scenario';
import { storedCloudEventSchema } from './cloud-event-schema';
import { type ImportLocation, ImportRefusal } from './import-problem';
import { findForbiddenKey } from './safe-json';

/**
 * One parsed JSON value from a CloudEvents file to a stored event, or an ImportRefusal naming
 * where and which attribute: must be an object, no prototype-polluting keys anywhere, valid
 * against the strict schema, then mapped by fromCloudEvent (metadata and time checks).
 */
export function cloudEventRecord(value: unknown, at: ImportLocation): StoredEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ImportRefusal({ at, message: 'must be a JSON object (a structured CloudEvent)' });
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden !== null) {
    throw new ImportRefusal({
      at,
      field: forbidden,
      message: 'key is not allowed (it could pollute object prototypes)',
    });
  }
  const parsed = storedCloudEventSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = formatPath(issue.path);
    const key = issue.path.length === 1 ? issue.path[0] : undefined;
    const missing =
      typeof key === 'string' && (value as Record<string, unknown>)[key] === undefined;
    throw new ImportRefusal({
      at,
      ...(field === '' ? {} : { field }),
      message: missing ? 'required attribute is missing' : issue.message,
    });
  }
  try {
    return fromCloudEvent(parsed.data) as StoredEvent;
  } catch (error) {
    throw new ImportRefusal({ at, message: (error as Error).message });
  }
}
