import { z } from 'zod';
import { type ComponentFaults, componentFaultsSchema } from './component-configs';
import {
  type ComponentConfigs,
  type ComponentKind,
  componentKindInfo,
  componentKinds,
} from './component-kinds';
import { faultSettings } from './fault-settings';

/** The scenario format this build writes; older versions are migrated on load. */
export const SCENARIO_VERSION = 2;

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes');

const position = z.object({ x: z.number().finite(), y: z.number().finite() });

/** A placed component; its config is checked against its kind's schema, defaults filled in. */
export type ScenarioComponent = {
  [K in ComponentKind]: {
    id: string;
    kind: K;
    name: string;
    position: { x: number; y: number };
    config: ComponentConfigs[K];
    faults: ComponentFaults;
  };
}[ComponentKind];

const componentSchema = z
  .object({
    id,
    kind: z.enum(componentKinds, { error: () => `must be one of: ${componentKinds.join(', ')}` }),
    name: z.string().min(1).max(80),
    position: position.default({ x: 0, y: 0 }),
    config: z.unknown().optional(),
    faults: componentFaultsSchema.default(componentFaultsSchema.parse({})),
  })
  .transform((component, ctx): ScenarioComponent => {
    const parsed = componentKindInfo[component.kind].configSchema.safeParse(component.config ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: ['config', ...issue.path] });
      }
      return z.NEVER;
    }
    return { ...component, config: parsed.data } as ScenarioComponent;
  });

export const connectionSchema = z.object({
  id,
  source: id,
  target: id,
});

/** A fault that starts at a virtual time and, with a duration, reverts afterwards. */
export const scheduledFaultSchema = z.object({
  atMs: z.number().min(0),
  durationMs: z.number().min(0).optional(),
  target: id,
  setting: z.enum(faultSettings),
  value: z.union([z.number().finite(), z.boolean()]),
  label: z.string().max(120).optional(),
});

export const scenarioSchema = z.object({
  version: z.literal(SCENARIO_VERSION),
  name: z.string().min(1).max(120),
  description: z.string().max(2000).default(''),
  seed: z.number().int().min(0).max(0xffffffff),
  components: z.array(componentSchema).max(500),
  connections: z.array(connectionSchema).max(2000),
  faults: z.array(scheduledFaultSchema).max(1000).default([]),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioConnection = z.output<typeof connectionSchema>;
export type ScheduledFault = z.output<typeof scheduledFaultSchema>;
