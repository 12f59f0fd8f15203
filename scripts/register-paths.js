// Resolves the @app/* aliases of tsconfig.json against the compiled output in dist/.
const path = require('path');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.json');
tsconfigPaths.register({ baseUrl: path.join(__dirname, '..', 'dist'), paths: compilerOptions.paths });
