// Two projects: pure unit specs beside the code, and integration/e2e tests in test/ that talk to
// the real PostgreSQL, Redis, MariaDB and SMTP. `npm test` runs both.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, target: 'es2022', keepClassNames: true } }];
const moduleNameMapper = { '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src' };

module.exports = {
  // Jest reads the time limit from here, not from a project's settings. Generous, because suites start
  // the API, workers and databases, which can take seconds on a busy two-core machine.
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/summary.reporter.js'],
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
      transform: { '^.+\\.ts$': swc },
      moduleNameMapper,
      testEnvironment: 'node',
    },
    {
      displayName: 'integration',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      transform: { '^.+\\.ts$': swc },
      moduleNameMapper,
      testEnvironment: 'node',
    },
  ],
};
