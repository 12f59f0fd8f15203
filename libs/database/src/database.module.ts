import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
import { dataSourceOptions } from './data-source-options';
import { CommandTransaction } from './event-store/command-transaction';
import { ProjectionRegistry } from './event-store/projector';

/** The PostgreSQL connection (entities registered by each context with forFeature) and the event store. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config.DATABASE_URL), autoLoadEntities: true }),
    }),
  ],
  providers: [ProjectionRegistry, CommandTransaction],
  exports: [ProjectionRegistry, CommandTransaction],
})
export class DatabaseModule {}
