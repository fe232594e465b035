/** Vector clocks for happens-before (Lamport 1978; Fidge/Mattern): index = trace thread id. */
export type VectorClock = number[];

export function vcGet(vc: VectorClock, t: number): number {
  return vc[t] ?? 0;
}

/** a := a ⊔ b */
export function vcJoin(a: VectorClock, b: VectorClock): void {
  for (let i = 0; i < b.length; i++) if ((b[i] ?? 0) > (a[i] ?? 0)) a[i] = b[i];
}

export function vcTick(vc: VectorClock, t: number): void {
  vc[t] = vcGet(vc, t) + 1;
}

/** Did the event (thread t at its clock c) happen before the point described by vc? */
export function happensBefore(t: number, c: number, vc: VectorClock): boolean {
  return c <= vcGet(vc, t);
}
