import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../gql/graphql';
import manifest from '../gql/persisted-documents.json';

// The manifest the build puts next to the explorer (persisted-documents.json) is what a gateway
// that accepts only known documents loads: every operation the explorer sends must be in it,
// under the hash the explorer will send, as a document the API accepts.
const schema = buildSchema(readFileSync('target/api-schema.graphql', 'utf8'));
const documents = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode & { __meta__: { hash: string } }] =>
    entry[0].endsWith('Document') && typeof entry[1] === 'object' && entry[1] !== null && '__meta__' in entry[1],
);
const entries = manifest as Record<string, string>;

describe('persisted documents', () => {
  it('lists every operation of the explorer and nothing else', () => {
    const operations = documents.filter(([, doc]) => doc.definitions.some((d) => d.kind === 'OperationDefinition'));
    expect(operations.length).toBeGreaterThan(15);
    expect(Object.keys(entries).sort()).toEqual(operations.map(([, doc]) => doc.__meta__.hash).sort());
  });

  it.each(Object.entries(entries))('keys %s by the sha256 of its document, which the API accepts', (hash, text) => {
    expect(hash).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    expect(validate(schema, parse(text))).toEqual([]);
  });
});
