import type { FakeScript, FakeStep } from './fake-thread';

/** Shared state of the fake counter programs. */
export interface Shared {
  counter: number;
  list: number[];
}

/**
 * `for i in range(n): counter += 1` as CPython 3.12 executes it inside a function:
 * FOR_ITER, STORE_FAST, LOAD_GLOBAL, LOAD_CONST, BINARY_OP, STORE_GLOBAL, JUMP_BACKWARD.
 */
export function* plainIncrement(g: Shared, n: number): FakeScript {
  yield 'breaker'; // RESUME
  for (let i = 0; i < n; i++) {
    yield 'op'; // FOR_ITER
    yield 'op'; // STORE_FAST i
    const v = g.counter;
    yield 'op'; // LOAD_GLOBAL counter
    yield 'op'; // LOAD_CONST 1
    yield 'op'; // BINARY_OP +=
    g.counter = v + 1;
    yield 'op'; // STORE_GLOBAL counter
    yield 'breaker'; // JUMP_BACKWARD
  }
}

/** `counter = add_one(counter)`: the call and the callee's RESUME check the eval breaker. */
export function* addOneIncrement(g: Shared, n: number): FakeScript {
  yield 'breaker';
  for (let i = 0; i < n; i++) {
    yield 'op'; // FOR_ITER
    yield 'op'; // STORE_FAST
    yield 'op'; // LOAD_GLOBAL add_one
    const v = g.counter;
    yield 'op'; // LOAD_GLOBAL counter
    yield 'breaker'; // CALL 1
    yield 'breaker'; // RESUME (callee)
    yield 'op'; // LOAD_FAST x
    yield 'op'; // LOAD_CONST 1
    yield 'op'; // BINARY_OP +
    yield 'op'; // RETURN_VALUE
    g.counter = v + 1;
    yield 'op'; // STORE_GLOBAL counter
    yield 'breaker'; // JUMP_BACKWARD
  }
}

/** `tmp = counter; time.sleep(0); counter = tmp + 1` */
export function* sleepZeroIncrement(g: Shared, n: number): Generator<FakeStep, void, unknown> {
  yield 'breaker';
  for (let i = 0; i < n; i++) {
    yield 'op';
    yield 'op';
    const v = g.counter;
    yield 'op'; // LOAD_GLOBAL counter
    yield 'op'; // STORE_FAST tmp
    yield 'op'; // LOAD_GLOBAL time
    yield 'op'; // LOAD_ATTR sleep
    yield 'op'; // LOAD_CONST 0
    yield { block: { kind: 'sleep', ns: 0 } }; // CALL → releases the GIL
    yield 'breaker'; // (check after the call)
    yield 'op'; // POP_TOP
    yield 'op'; // LOAD_FAST tmp
    yield 'op'; // LOAD_CONST 1
    yield 'op'; // BINARY_OP +
    g.counter = v + 1;
    yield 'op'; // STORE_GLOBAL
    yield 'breaker'; // JUMP_BACKWARD
  }
}

/** `results.append(i)`: one atomic call on a built-in list (LOAD_GLOBAL, LOAD_ATTR, LOAD_FAST, CALL). */
export function* appendLoop(g: Shared, n: number): FakeScript {
  yield 'breaker';
  for (let i = 0; i < n; i++) {
    yield 'op';
    yield 'op';
    yield 'op'; // LOAD_GLOBAL results
    yield 'op'; // LOAD_ATTR append
    yield 'op'; // LOAD_FAST i
    g.list.push(i);
    yield 'breaker'; // CALL 1
    yield 'op'; // POP_TOP
    yield 'breaker'; // JUMP_BACKWARD
  }
}
