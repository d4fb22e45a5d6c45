import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Config } from '../config/config.js';
import type { Services } from '../core/services.js';

/** What every route module receives: the core services and the config. */
export interface RouteOptions {
  services: Services;
  config: Config;
}

/** A route module: a Fastify plugin with TypeBox types, registered under /api/v1. */
export type RoutePlugin = FastifyPluginAsyncTypebox<RouteOptions>;
