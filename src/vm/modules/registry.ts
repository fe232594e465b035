// Native modules shipped with the VM (name → factory). Hosts add more with
// interp.registerNativeModule (the scheduler provides _thread, time, …).
import type { ModuleFactory } from '../interpreter/interpreter';

export const nativeModules = new Map<string, ModuleFactory>();

export function defineNativeModule(name: string, factory: ModuleFactory): void {
  nativeModules.set(name, factory);
}
