import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { VERSION } from '../app/version.js';

/**
 * Nest names an operation served at several paths `method[0]`, `method[1]`: brackets are not
 * URL-safe. The first path (the versioned one) keeps the plain name, the others `_alias<n>`.
 */
export function operationId(controllerKey: string, methodKey: string, version?: string): string {
  const alias = /^(\w+)\[(\d+)\]$/.exec(methodKey);
  const method = alias ? (alias[2] === '0' ? alias[1] : `${alias[1]}_alias${alias[2]}`) : methodKey;
  return [controllerKey, method, version].filter(Boolean).join('_');
}

/** The OpenAPI document of the HTTP app (linted in test/e2e/openapi-lint.test.ts). */
export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('AI Email Assistant')
      .setDescription('Admin API, Gmail Pub/Sub webhook and health probes')
      .setVersion(VERSION)
      .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
      // Relative: the document is served by the API it describes, wherever that is deployed.
      .addServer('/')
      // The names the controllers' @ApiBearerAuth/@ApiSecurity use (Redocly: security-defined).
      // The admin API key is opaque (stored hashed), so its bearer scheme claims no JWT format.
      .addSecurity('api-key', {
        type: 'http',
        scheme: 'bearer',
        description: 'Admin API key (opaque) as `Authorization: Bearer <key>`',
      })
      .addApiKey(
        {
          type: 'apiKey',
          in: 'header',
          name: 'X-API-Key',
          description: 'Admin API key (opaque) in the X-API-Key header',
        },
        'x-api-key',
      )
      .addApiKey(
        {
          type: 'apiKey',
          in: 'cookie',
          name: 'ea_session',
          description:
            'Console session cookie (POST /api/v1/session); writes also need X-CSRF-Token',
        },
        'session',
      )
      .addSecurity('pubsub-oidc', {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'Google-signed OIDC ID token of the Pub/Sub push subscription (audience and ' +
          'service account checked)',
      })
      .build(),
    { operationIdFactory: operationId },
  );
}

/** OpenAPI document at /api/docs (UI) and /api/docs-json. */
export function setupSwagger(app: NestFastifyApplication): void {
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });
}
