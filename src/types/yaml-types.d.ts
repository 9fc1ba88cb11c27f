import type { Type } from 'js-yaml';

/** js-yaml 4 exports its built-in types at run time (index.js `types`); @types/js-yaml omits them. */
declare module 'js-yaml' {
  export const types: Readonly<
    Record<'binary' | 'float' | 'map' | 'null' | 'pairs' | 'set' | 'timestamp' | 'bool' | 'int' | 'merge' | 'omap' | 'seq' | 'str', Type>
  >;
}
