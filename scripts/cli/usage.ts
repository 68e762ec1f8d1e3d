import { builtinScenarioNames, DEFAULT_SCENARIO } from '../../src/sim/examples/builtin-scenarios';
import { componentKindAliases } from '../../src/sim/host/fault-target';

export const DEFAULT_UNTIL_SECONDS = 60;

/** The --help text. */
export function simulateUsage(): string {
  const aliases = Object.entries(componentKindAliases)
    .map(([alias, kind]) => `${alias}=${kind}`)
    .join(', ');
  return `Usage: npm run simulate -- [SCENARIO] --out FILE [--until SECONDS] [--seed N]
                              [--format ndjson|json|csv] [--fault SPEC]...

Runs a scenario headless in virtual time, writes its event log, and prints a one-line JSON
summary last on stdout:
  {"events":N,"sagas":{"completed":a,"compensated":b,"stuck":c},"deadLetters":d,
   "subscriberLag":{"BUS":{"SUBSCRIBER":lag,...}},"delivery":{"COMPONENT":{...}},"logHash":"..."}
subscriberLag is each bus subscriber's uncommitted messages at the end (its committed offset
behind the topic's head); one that keeps growing with --until cannot keep up with its input.
delivery is each component's delivery counts (only those that apply to its kind):
deliveredOnce, duplicatesDelivered, duplicatesCaught, duplicatesApplied, redelivered, lost,
dropped, repliesIgnored, callbacks (the Inspector's Delivery section explains each).
The same scenario, seed and faults always give the same log and logHash.

Arguments:
  SCENARIO          a scenario JSON file, or a built-in example: ${builtinScenarioNames.join(', ')}
                    (default: ${DEFAULT_SCENARIO})
  --out FILE        where the event log goes (required); - writes it to stdout, before the summary
  --until SECONDS   virtual seconds to run (default: ${DEFAULT_UNTIL_SECONDS})
  --seed N          overrides the scenario's seed (0 to 4294967295)
  --format FORMAT   ndjson: one CloudEvent per line (default)
                    json:   a CloudEvents batch (JSON array)
                    csv:    one row per event; cells starting with = + - @ tab or CR are
                            prefixed with ' so spreadsheets never run them as formulas
  --fault SPEC      injects a fault; repeat for several. SPEC is
                      COMPONENT:SETTING=VALUE[@START[+DURATION]]
                    COMPONENT  a component id, or a kind exactly one component has
                               (short kinds: ${aliases})
                    SETTING    failure-rate (0-1), fail-next (attempts), slow-factor (1-100),
                               down (true|false), latency-ms (median, ms);
                               Event Bus only: duplicate-rate (0-1), drop-rate (0-1,
                               at-most-once), reorder-jitter-ms
                    @START     applies it at START virtual seconds instead of at 0
                    +DURATION  reverts it DURATION seconds later
                    e.g.  payment:failure-rate=0.5   inventory:latency-ms=2000
                          bus:duplicate-rate=0.1     payment:down=true@10+30
  -h, --help        shows this help

Exit status: 0 on success; 2 for bad arguments, a bad scenario or fault, or an unwritable
--out (one line on stderr: "simulate: <reason>"); 1 if the run itself fails.
`;
}
