/**
 * Virtual-time costs. Calibration and the measurement behind each number: COST.md.
 * Instruction costs are in picoseconds so that integer arithmetic keeps the clock exact.
 */
export type PythonModel = '3.14' | '3.9' | '3.14t';

export interface CostModel {
  /** Mean cost of one bytecode instruction, picoseconds. */
  readonly instructionPs: number;
  /**
   * Extra instruction-equivalents charged per traced name/attribute/item access (global,
   * attribute and item loads/stores do dict work beyond an average instruction; COST.md).
   */
  readonly accessInstructions: number;
  /** Per-slice multiplicative jitter on instruction cost (±fraction), seeded. */
  readonly instructionJitter: number;
  /** GIL hand-off latency: condition-variable signal + wake of the waiter, ns. */
  readonly gilHandoffNs: number;
  /** Extra time a blocking call spends beyond what was asked (timer slack, syscall), ns. */
  readonly sleepOverheadNs: number;
  /** Wake-up latency of a thread blocked on a lock once it is released, ns. */
  readonly lockWakeNs: number;
  /** Time from start_new_thread until the new OS thread exists and wants to run, ns. */
  readonly threadStartNs: number;
  /** Simulated terminal write of one print (stdout is line-buffered on a tty), ns. */
  readonly consoleWriteNs: number;
  /**
   * Linux timer slack: a timed wait shorter than this still takes about this long, so with
   * sys.setswitchinterval(1e-6) a GIL waiter asks for a drop every ~50 µs, not every 1 µs.
   */
  readonly timerSlackNs: number;
  /** OS time slice when there are more runnable threads than cores (3.14t), ns. */
  readonly osTimesliceNs: number;
}

const COMMON = {
  instructionJitter: 0.08,
  gilHandoffNs: 5_000,
  sleepOverheadNs: 60_000,
  lockWakeNs: 4_000,
  threadStartNs: 15_000,
  consoleWriteNs: 3_000,
  osTimesliceNs: 4_000_000,
  timerSlackNs: 50_000,
};

export const COST_MODELS: Readonly<Record<PythonModel, CostModel>> = {
  // `total += i * i`: 9 instructions, ~65 ns per iteration on a laptop running 3.11–3.14.
  '3.14': { ...COMMON, instructionPs: 7_300, accessInstructions: 1 },
  // CPython 3.9 ran the same loop ~1.4× slower (measured side by side, COST.md).
  '3.9': { ...COMMON, instructionPs: 10_200, accessInstructions: 1 },
  // Free-threaded build: ~10% single-thread overhead on 3.14t (gil.md).
  '3.14t': { ...COMMON, instructionPs: 8_000, accessInstructions: 1 },
};

/** Default switch interval: CPython's DEFAULT_INTERVAL of 5000 µs. */
export const DEFAULT_SWITCH_INTERVAL_NS = 5_000_000;

/** Virtual ns taken by `executed` instructions at `psPerInstruction`. */
export function instructionsToNs(executed: number, psPerInstruction: number): number {
  return Math.round((executed * psPerInstruction) / 1000);
}

/** How many whole instructions fit into `ns` (at least 1, so progress is always made). */
export function nsToInstructions(ns: number, psPerInstruction: number): number {
  if (!Number.isFinite(ns)) return Number.MAX_SAFE_INTEGER;
  return Math.max(1, Math.floor((ns * 1000) / psPerInstruction));
}
