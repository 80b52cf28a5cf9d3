// Runs the TypeScript sources directly. swc emits the decorator metadata that
// type-graphql and TypeORM read (esbuild/tsx does not).
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, 'tsconfig.json');
require('@swc-node/register');
