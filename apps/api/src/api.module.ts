import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { AuthModule } from '@app/auth';
import { APP_CONFIG, AppConfig, ConfigModule } from '@app/config';
import { HelpdeskModule } from '@app/helpdesk';
import { PersistenceModule } from '@app/persistence';
import { QueueModule } from '@app/queue';
import './graphql/enums';
import { formatGraphQLError } from './graphql/error-formatter';
import { nulCharacterPlugin } from './graphql/nul-character.plugin';
import { queryLimitsPlugin } from './graphql/query-limits.plugin';
import { DownloadController } from './downloads/download.controller';
import { HealthController } from './health/health.controller';
import { API_RESOLVERS } from './api.resolvers';
import { TicketLoaderFactory } from './tickets/ticket.loaders';

export const SCHEMA_FILE = 'prisma-free-schema/schema.graphql';

@Module({
  imports: [
    ConfigModule,
    PersistenceModule,
    QueueModule,
    AuthModule,
    HelpdeskModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, GraphQLSchemaHost],
      useFactory: (config: AppConfig, schemaHost: GraphQLSchemaHost) => ({
        autoSchemaFile: true,
        sortSchema: true,
        path: '/graphql',
        introspection: config.graphql.introspection,
        playground: false,
        includeStacktraceInErrorResponses: false,
        allowBatchedHttpRequests: false,
        context: ({ req }: { req: unknown }) => ({ req }),
        formatError: formatGraphQLError,
        plugins: [
          // Nothing here is cached by HTTP caches (answers depend on the caller's token), and the
          // default cache-control plugin would wrap every field's resolver to compute hints.
          ApolloServerPluginCacheControlDisabled(),
          ...(config.graphql.introspection ? [] : [ApolloServerPluginLandingPageDisabled()]),
          queryLimitsPlugin(config.graphql, () => schemaHost.schema),
          nulCharacterPlugin(),
        ],
      }),
    }),
  ],
  controllers: [HealthController, DownloadController],
  providers: [...API_RESOLVERS, TicketLoaderFactory],
})
export class ApiModule {}
