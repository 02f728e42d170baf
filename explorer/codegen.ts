import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Typed documents for every graphql(`...`) in src, checked against the API schema
// (target/api-schema.graphql, written by scripts/api-schema.mjs from the pinned supergraph).
const config: CodegenConfig = {
  schema: 'target/api-schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  errorsOnly: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // persisted-documents.json: hash → document of every operation, for the gateway's
        // trusted documents; sha256 of the printed document, as automatic persisted queries hash.
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      // urql's normalized cache adds __typename to every selection; adding it here already makes
      // the document sent byte for byte the one in the manifest.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { PartialDate: 'string', BigDecimal: 'string', BigInteger: 'string' },
      },
    },
  },
};

export default config;
