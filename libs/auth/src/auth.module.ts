import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { GqlAuthGuard } from './gql-auth.guard';
import { TokenService } from './token.service';

@Global()
@Module({
  providers: [
    { provide: TokenService, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new TokenService(config.jwt) },
    GqlAuthGuard,
  ],
  exports: [TokenService, GqlAuthGuard],
})
export class AuthModule {}
