import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

/**
 * Response serialisers, compiled once per process. fast-json-stringify turns each response
 * schema into a function, which costs about 2 s for the whole API; the schemas are the same
 * module-level objects on every app built in a process (tests build hundreds), so a compiled
 * serialiser is reused whenever the same schema meets the same shared (`$ref`) schemas. The
 * functions are pure, so sharing them between app instances is safe.
 */
type SerializerFactory = ReturnType<typeof SerializerSelector>;
type Serializer = ReturnType<ReturnType<SerializerFactory>>;

const compileFresh = SerializerSelector();
const compiled = new Map<string, Serializer>();

export const buildSerializer: SerializerFactory = (externalSchemas, options) => {
  const compile = compileFresh(externalSchemas, options);
  const context = JSON.stringify([externalSchemas ?? null, options ?? null]);
  return (route) => {
    const key = `${context}\u0000${JSON.stringify(route.schema)}`;
    let serializer = compiled.get(key);
    if (!serializer) {
      serializer = compile(route);
      compiled.set(key, serializer);
    }
    return serializer;
  };
};
