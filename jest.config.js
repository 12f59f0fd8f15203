// One source of truth for module aliases: derive jest's moduleNameMapper from tsconfig paths.
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  const key = '^' + alias.replace('/*', '/(.*)') + '$';
  moduleNameMapper[key] = '<rootDir>/' + target.replace('/*', '/$1');
}

const transform = {
  '^.+\\.(ts|js|mjs)$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

// NestJS 12 ships ES modules; jest (on Node 20) needs them compiled to CommonJS like our own code. So do the
// ES-module-only packages openapi-typescript loads (the api contract test runs it), nested under it or not.
const transformIgnorePatterns = ['/node_modules/(?!(@nestjs|nestjs-pino|openapi-typescript|parse-json|index-to-position|change-case|supports-color)/)'];

const common = {
  rootDir: __dirname,
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform,
  moduleNameMapper,
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/*/src/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], setupFilesAfterEnv: ['<rootDir>/test/e2e-setup.ts'] },
  ],
};
