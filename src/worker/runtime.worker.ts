// The Web Worker entry: the runtime behind the comlink interface in api.ts.
import * as Comlink from 'comlink';
import { runSliced } from './program-runner';
import { createRuntime } from './runtime';
import { checkSyntax } from './syntax-check';

Comlink.expose(createRuntime(runSliced, checkSyntax));
