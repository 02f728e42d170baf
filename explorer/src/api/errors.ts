/**
 * What the page says about errors: a read that got part of its answer names the missing part and
 * the service behind it (the gateway's SUBGRAPH_UNAVAILABLE with extensions.serviceName); a
 * refused edit puts the server's message next to the field it is about.
 */

export interface ApiError {
  readonly message: string;
  readonly path?: readonly (string | number)[] | null;
  readonly extensions?: { readonly [key: string]: unknown } | null;
}

/** The errors of an answer as urql reports them (CombinedError), or none. */
export interface ErrorsOfAnswer {
  readonly graphQLErrors: readonly ApiError[];
  readonly networkError?: Error | undefined;
}

export interface Notice {
  readonly key: string;
  readonly text: string;
}

function code(error: ApiError): string | undefined {
  const value = error.extensions?.code;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Whether a write was refused as stale: someone saved a change since the form was loaded (a
 * CONFLICT whose `extensions.reason` is STALE_VERSION; a taken handle or key is a CONFLICT too,
 * but reloading would not help with it).
 */
export function isStaleVersion(error: ErrorsOfAnswer | undefined): boolean {
  return error?.graphQLErrors.some((e) => code(e) === 'CONFLICT' && e.extensions?.reason === 'STALE_VERSION') ?? false;
}

/** `statementsAbout` → `statements about`: the last named field of a path, in words. */
function partOf(path: readonly (string | number)[] | null | undefined): string | null {
  const names = (path ?? []).filter((p): p is string => typeof p === 'string');
  const last = names[names.length - 1];
  return last ? last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : null;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Notices for what is missing from a section of a page. `section` names what the section shows
 * (`statements`); when the answer also carries data, the notices say which part is missing.
 */
export function partialNotices(error: ErrorsOfAnswer | undefined, section: string): Notice[] {
  if (!error) {
    return [];
  }
  if (error.networkError) {
    return [{ key: 'network', text: `${capitalized(section)} unavailable: the gateway could not be reached.` }];
  }
  const notices = new Map<string, string>();
  for (const e of error.graphQLErrors) {
    const service = e.extensions?.serviceName;
    switch (code(e)) {
      case 'SUBGRAPH_UNAVAILABLE': {
        const who = typeof service === 'string' ? `the ${service} service` : 'a service';
        notices.set(`down:${who}`, `${capitalized(section)} unavailable: ${who} did not answer. What arrived is shown.`);
        break;
      }
      case 'NOT_FOUND':
        notices.set('not-found', e.message);
        break;
      default: {
        const limit = e.extensions?.limit;
        const part = partOf(e.path);
        const text =
          typeof limit === 'string'
            ? `Part of ${section} is missing: the server's limit ${limit} was reached. ${e.message}`
            : `${capitalized(section)}${part ? ` (${part})` : ''}: ${e.message}`;
        notices.set(`other:${text}`, text);
      }
    }
  }
  return [...notices.entries()].map(([key, text]) => ({ key, text }));
}

/** A field of a form: its input's name and the words by which the server's messages name it. */
export interface FormField {
  readonly name: string;
  readonly words: readonly string[];
  /** The text the user entered: a message that quotes it (`'2007-13' is not …`) is about this field. */
  readonly value?: string | undefined;
}

export interface FormErrors {
  readonly byField: Readonly<Record<string, string>>;
  /** Messages about no single field, and explanations of CONFLICT and missing rights. */
  readonly general: readonly string[];
}

const CONFLICT_HELP =
  'Someone else changed this since you opened it, or it clashes with what is recorded: reload to see the current state, then apply your change again.';
const TOKEN_HELP =
  'Editing needs a valid editor token: paste one on the Editor page (`./entente token` prints one for a local stack).';

/**
 * The field a message is about: the one whose value it quotes (`'2007-13' is not a PartialDate`),
 * else the one whose word comes first in it (`endDate 2007 is before date 2008`).
 */
function fieldFor(message: string, fields: readonly FormField[]): string | null {
  const quoted = fields.filter((f) => f.value && message.includes(`'${f.value}'`));
  if (quoted.length === 1) {
    return quoted[0]!.name;
  }
  let best: { name: string; at: number } | null = null;
  for (const field of fields) {
    for (const word of field.words) {
      const at = new RegExp(`(^|[^A-Za-z])${word}([^A-Za-z]|$)`).exec(message)?.index;
      if (at !== undefined && (best === null || at < best.at)) {
        best = { name: field.name, at };
      }
    }
  }
  return best?.name ?? null;
}

/** The errors of a refused write, placed next to the fields they are about. */
export function formErrors(error: ErrorsOfAnswer | undefined, fields: readonly FormField[]): FormErrors {
  if (!error) {
    return { byField: {}, general: [] };
  }
  if (error.networkError) {
    return { byField: {}, general: ['The gateway could not be reached: nothing was saved.'] };
  }
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const e of error.graphQLErrors) {
    switch (code(e)) {
      case 'CONFLICT':
        general.push(`${e.message}. ${CONFLICT_HELP}`);
        break;
      case 'UNAUTHENTICATED':
      case 'FORBIDDEN':
        general.push(`${e.message}. ${TOKEN_HELP}`);
        break;
      case 'SUBGRAPH_UNAVAILABLE':
        general.push(`${e.message}. Nothing was saved; try again in a moment.`);
        break;
      default: {
        const field = fieldFor(e.message, fields);
        if (field && !byField[field]) {
          byField[field] = e.message;
        } else {
          general.push(e.message);
        }
      }
    }
  }
  return { byField, general };
}
