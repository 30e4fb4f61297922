import type { SchemaObject } from '@nestjs/swagger';

/**
 * OpenAPI schemas of the probe bodies (health.service.ts builds them; its interfaces are not
 * classes, so Swagger cannot read them). Documentation only.
 */
const details: SchemaObject = {
  type: 'object',
  description: 'One entry per check, as @nestjs/terminus reports it (`status: up|down`)',
  additionalProperties: { type: 'object', additionalProperties: true },
};

export const HEALTH_REPORT_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['status', 'timestamp', 'services', 'details'],
  properties: {
    status: { type: 'string', enum: ['healthy', 'unhealthy'] },
    timestamp: { type: 'string', format: 'date-time' },
    services: {
      type: 'object',
      required: ['database', 'redis', 'queue', 'workers'],
      properties: {
        database: { type: 'string', enum: ['connected', 'disconnected'] },
        redis: { type: 'string', enum: ['connected', 'disconnected', 'not_used'] },
        queue: { type: 'string', enum: ['redis', 'postgres'] },
        workers: { type: 'integer', nullable: true, description: 'Live worker processes' },
      },
    },
    details,
  },
};

export const LIVENESS_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['status', 'timestamp'],
  properties: {
    status: { type: 'string', enum: ['ok'] },
    timestamp: { type: 'string', format: 'date-time' },
  },
};

export const READINESS_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['status', 'database', 'redis', 'queue', 'failing', 'details'],
  properties: {
    status: { type: 'string', enum: ['ready', 'not_ready', 'shutting_down'] },
    database: { type: 'string', enum: ['up', 'down'] },
    redis: { type: 'string', enum: ['up', 'down', 'not_used'] },
    queue: { type: 'string', enum: ['up', 'down'] },
    failing: { type: 'array', items: { type: 'string' }, description: 'Checks that are down' },
    details,
  },
};
