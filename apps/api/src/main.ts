import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@app/config';
import { ensureDatabase, runMigrations } from '@app/database';
import { ApiModule } from './api.module';
import { apiValidationPipe } from './validation/validation.pipe';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  if (config.MIGRATE_ON_START) {
    await ensureDatabase(config.DATABASE_URL);
    await runMigrations(config.DATABASE_URL);
  }
  const app = await NestFactory.create(ApiModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(apiValidationPipe());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Open Selection API')
      .setDescription('Competitive cadre selection (公开选配): campaigns, candidacies, evaluation, jury, election, results. Commands answer 202 with a command id; add ?wait=true to wait for the outcome.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await app.listen(config.PORT, '0.0.0.0');
  // Printed whatever the log level: operators and the test harness wait for this line.
  console.log(`API listening on http://localhost:${config.PORT} (OpenAPI at /api/docs)`);
}

bootstrap().catch((err: Error) => {
  console.error(`API failed to start: ${err.message}`);
  process.exit(1);
});
