// Writes Entente's public API schema: the composed supergraph without the federation machinery
// (join__/link__ types and directives, @inaccessible elements). GraphQL Code Generator types the
// explorer's operations against it, so a schema change that breaks one of them breaks the build.
// Usage: node scripts/api-schema.mjs SUPERGRAPH.graphql OUT.graphql
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildASTSchema, parse, printSchema } from 'graphql';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';

const [supergraphFile, outFile] = process.argv.slice(2);
if (!supergraphFile || !outFile) {
  console.error('usage: node scripts/api-schema.mjs SUPERGRAPH.graphql OUT.graphql');
  process.exit(2);
}
const api = buildASTSchema(transformSupergraphToPublicSchema(parse(readFileSync(supergraphFile, 'utf8'))));
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `# The API schema of ${supergraphFile}, written by scripts/api-schema.mjs.\n${printSchema(api)}\n`);
