export * from './auth.exception';
export * from './auth.module';
export * from './current-principal.decorator';
export * from './gql-auth.guard';
export * from './principal';
export * from './roles.decorator';
export * from './token.service';
