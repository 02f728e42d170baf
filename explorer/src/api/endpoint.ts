/**
 * The GraphQL endpoint: the `entente-graphql-endpoint` meta tag of the page (default `/graphql`,
 * the gateway that serves the explorer); set it to another origin's URL to use that gateway
 * (CORS must allow this origin there).
 */
export function graphqlEndpoint(doc: Document = document): string {
  const configured = doc.querySelector<HTMLMetaElement>('meta[name="entente-graphql-endpoint"]')?.content.trim();
  return new URL(configured || '/graphql', doc.baseURI).toString();
}
