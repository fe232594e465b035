// A native function returns `new Suspend(request)` to block the calling thread: `thread.run`
// stops with {kind:'blocked', request} and the host later calls thread.resume(value) (the value
// becomes the native call's result) or thread.resumeWithException(exc).
export class Suspend {
  constructor(readonly request: unknown) {}
}
