import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { VERSION } from '../app/version';

/** OpenAPI document at /api/docs (UI) and /api/docs-json. */
export function setupSwagger(app: NestFastifyApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('AI Email Assistant')
      .setDescription('Admin API, Gmail Pub/Sub webhook and health probes')
      .setVersion(VERSION)
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Admin API key' }, 'api-key')
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'x-api-key')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
