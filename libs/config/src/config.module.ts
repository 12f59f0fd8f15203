import { Global, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from './app-config';

/** Provides the validated AppConfig; the process fails at start-up when a setting is wrong. */
@Global()
@Module({ providers: [{ provide: AppConfig, useFactory: loadConfig }], exports: [AppConfig] })
export class AppConfigModule {}
