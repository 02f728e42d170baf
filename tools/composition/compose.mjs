#!/usr/bin/env node
// Usage: node compose.mjs NAME=URL=FILE.graphql [NAME=URL=FILE.graphql ...] [--out supergraph.graphql]
// Composes the given subgraph SDL files with @theguild/federation-composition.
// Exit 0 and print (or write) the supergraph SDL on success; exit 1 and print every
// composition error on failure; exit 3 when the composer is not installed.
import { readFileSync, writeFileSync } from 'node:fs';

let compose;
try {
  ({ composeServices: compose } = await import('@theguild/federation-composition'));
} catch (e) {
  console.error('composer not installed: run `npm ci` in tools/composition');
  process.exit(3);
}
const { parse } = await import('graphql');

const args = process.argv.slice(2);
let out = null;
const services = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') { out = args[++i]; continue; }
  const [name, url, file] = splitSpec(args[i]);
  services.push({ name, url, typeDefs: parse(readFileSync(file, 'utf8')) });
}
if (services.length === 0) {
  console.error('usage: compose.mjs NAME=URL=FILE.graphql ... [--out FILE]');
  process.exit(2);
}

const result = compose(services);
if (result.errors && result.errors.length > 0) {
  for (const e of result.errors) console.error(`${e.extensions?.code ?? 'ERROR'}: ${e.message}`);
  process.exit(1);
}
if (out) writeFileSync(out, result.supergraphSdl);
else process.stdout.write(result.supergraphSdl);

// NAME=URL=FILE where URL itself contains no '=' but may contain ':'.
function splitSpec(spec) {
  const first = spec.indexOf('=');
  const last = spec.lastIndexOf('=');
  if (first < 0 || first === last) throw new Error(`bad subgraph spec '${spec}', expected NAME=URL=FILE`);
  return [spec.slice(0, first), spec.slice(first + 1, last), spec.slice(last + 1)];
}
