import { z } from 'zod';
import { faultSettings } from '../../sim/scenario/fault-settings';
import { isSpeedSetting, type SpeedSetting } from '../run/speeds';
import { bottomTabIds } from '../ui/bottom-tabs';
import { MAX_PANEL_SHARE, MIN_PANEL_SHARE } from '../ui/panel-share';

/** The workspace format this build writes; a newer one (from a later build) is not read. */
export const WORKSPACE_VERSION = 1;

const seedSchema = z.number().int().min(0).max(0xffffffff);

const journalCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('fault'),
    fault: z.object({
      target: z.string(),
      setting: z.enum(faultSettings),
      value: z.union([z.number(), z.boolean()]),
      atMs: z.number().min(0).optional(),
      durationMs: z.number().min(0).optional(),
    }),
  }),
  z.object({
    type: z.literal('reconfigure'),
    componentId: z.string(),
    config: z.record(z.string(), z.unknown()),
  }),
  z.object({ type: z.literal('redrive'), dlqId: z.string(), key: z.string() }),
]);

const savedRunSchema = z.object({
  /** The scenario the run was started from (it may differ from the canvas edited since). */
  scenario: z.unknown().optional(),
  seed: seedSchema,
  journal: z.array(
    z.object({
      step: z.number().int().min(0),
      timeMs: z.number().min(0),
      started: z.boolean().optional(),
      command: journalCommandSchema,
    }),
  ),
  steps: z.number().int().min(0),
  timeMs: z.number().min(0),
  runId: z.number().int().min(0),
});

const savedWorkspaceSchema = z.object({
  version: z.literal(WORKSPACE_VERSION),
  /** The canvas as scenario JSON (layout included); validated again when it is restored. */
  scenario: z.record(z.string(), z.unknown()),
  settings: z.object({
    speed: z.custom<SpeedSetting>(isSpeedSetting, { message: 'is not an offered speed' }),
    seed: seedSchema,
    theme: z.enum(['light', 'dark']),
    activeTab: z.enum(bottomTabIds),
    /** The bottom panel's share of the height; absent in workspaces saved before it existed. */
    bottomPanelShare: z.number().min(MIN_PANEL_SHARE).max(MAX_PANEL_SHARE).nullable().optional(),
  }),
  run: savedRunSchema.nullable(),
  /** Wall-clock ms when it was written; set by the storage adapter. */
  savedAt: z.number(),
});

/** What a reload restores: the canvas, the toolbar settings and where the run was. */
export type SavedWorkspace = z.output<typeof savedWorkspaceSchema>;
export type SavedRun = NonNullable<SavedWorkspace['run']>;
export type WorkspaceSettings = SavedWorkspace['settings'];
/** A workspace as the app hands it to storage, which stamps `savedAt`. */
export type WorkspaceDraft = Omit<SavedWorkspace, 'savedAt'>;

export type WorkspaceParseResult =
  | { readonly ok: true; readonly workspace: SavedWorkspace }
  | { readonly ok: false; readonly reason: string };

/** Validates a stored workspace; the reason says why one cannot be used (newer or damaged). */
export function parseSavedWorkspace(raw: unknown): WorkspaceParseResult {
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > WORKSPACE_VERSION) {
    return {
      ok: false,
      reason: `it was saved by a newer version of Eventfold (workspace format ${version}; this version reads ${WORKSPACE_VERSION})`,
    };
  }
  const parsed = savedWorkspaceSchema.safeParse(raw);
  if (parsed.success) return { ok: true, workspace: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'workspace';
  return { ok: false, reason: `it is damaged (${where}: ${issue?.message ?? 'invalid'})` };
}

/** The notice shown when a saved workspace is ignored. */
export function workspaceIgnoredNotice(reason: string): string {
  return `The saved workspace was not restored because ${reason}. Eventfold started with a fresh workspace.`;
}
