// Installs the methods of every builtin type (once per process).
import { installCoreMethods, setTracebackHook, setGetItemFn, setBytesMaker } from './core-methods';
import { installStrMethods, setBytesEncoder } from './str-methods';
import { installContainerMethods } from './container-methods';
import { makeTracebackObject } from '../interpreter/traceback-object';
import { getItem } from './sequence';
import { CallReq } from './base';
import { PyBytes, encodeString } from './bytes';
import { installBytesStrMethods } from './bytes-methods';
import { installUnicodeErrors } from './unicode-errors';
import { installExceptionGroups } from './exception-group';
import { strType } from './base';
import { setBytesFactory } from '../compiler/codegen';
import { setStopIteration } from '../modules/io';
import { StopIteration } from './exceptions';
import { setListIterMethod } from './iteration';
import { listType } from './list';
import { bindSequenceHelpers, bindDictSetitem } from './sequence';
import { dictType } from './dict';
import { tupleType } from './tuple';
import { PyType } from './base';

let installed = false;
export function installTypeMethods(): void {
  if (installed) return;
  installed = true;
  installCoreMethods();
  installStrMethods();
  installContainerMethods();
  installBytesStrMethods(strType.dict!);
  installUnicodeErrors();
  installExceptionGroups();
  setTracebackHook(makeTracebackObject);
  setGetItemFn((o, k) => {
    const r = getItem(o, k);
    if (r instanceof CallReq) throw new Error('str.__getitem__ cannot call Python');
    return r;
  });
  setBytesMaker((b) => new PyBytes(b));
  setBytesEncoder((s, enc, errors) => encodeString(s, enc, errors));
  setBytesFactory((b) => new PyBytes(b));
  setStopIteration(StopIteration);
  setListIterMethod(listType.dict!.get('__iter__')!);
  bindSequenceHelpers(PyType as never, dictType.dict!.get('__getitem__')!, listType.dict!.get('__getitem__')!, tupleType.dict!.get('__getitem__')!);
  bindDictSetitem(dictType.dict!.get('__setitem__')!, listType.dict!.get('__setitem__')!);
}
