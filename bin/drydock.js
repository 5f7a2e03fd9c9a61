#!/usr/bin/env node
// The drydock CLI is bundled into dist/cli.js by `npm run build`; this file only locates it, so
// a fresh clone gets a clear instruction instead of a "Cannot find module" stack trace.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write(`drydock: ${cli} is missing: run npm run build\n`);
  process.exit(2);
}
// dist/launch.js loads the bundle through a V8 code cache (see src/cli/launch/compile-cache.ts).
const launcher = join(__dirname, '..', 'dist', 'launch.js');
if (existsSync(launcher)) require(launcher).launch(cli);
else require(cli);
