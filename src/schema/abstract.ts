/**
 * Resolver for an interface field that every implementing object defines itself. Reaching it
 * means an object type forgot to implement the field — a bug, which yoga masks as internal.
 */
export function implementedByObjects(interfaceName: string, field: string) {
  return (): never => {
    throw new Error(`${interfaceName}.${field} must be implemented by each object type`);
  };
}
