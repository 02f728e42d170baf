import { useId, type ReactNode } from 'react';
import type { FormErrors } from '../../api/errors';
import { isPartialDate } from '../../dates/partialDate';

/** A labelled input with its hint and the error the server (or a local check) gave for it. */
export function TextField(props: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  multiline?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  const described = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: props.name,
    value: props.value,
    required: props.required,
    placeholder: props.placeholder,
    'aria-invalid': Boolean(props.error),
    'aria-describedby': described,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      {props.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => props.onChange(e.target.value)} />
      )}
      {props.hint && (
        <p id={`${id}-hint`} className="muted hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

export function SelectField<T extends string>(props: {
  label: string;
  name: string;
  value: T | '';
  options: readonly T[];
  onChange: (value: T | '') => void;
  error?: string | undefined;
  allowEmpty?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        aria-invalid={Boolean(props.error)}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value as T | '')}
      >
        {props.allowEmpty !== undefined && <option value="">{props.allowEmpty}</option>}
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o.toLowerCase().replaceAll('_', ' ')}
          </option>
        ))}
      </select>
      {props.error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** The form's messages that belong to no single field (a stale edit, a missing token). */
export function FormMessages({ errors }: { errors: FormErrors }) {
  if (errors.general.length === 0) {
    return null;
  }
  return (
    <div className="form-errors" role="alert">
      {errors.general.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}

/** Empty text is no value: the API's optional fields take null. */
export function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** A local check before sending: the same rule the server applies to partial dates. */
export function dateProblem(text: string): string | undefined {
  const value = text.trim();
  return value === '' || isPartialDate(value) ? undefined : `'${value}' is not a partial date: write YYYY, YYYY-MM or YYYY-MM-DD`;
}

export const ACTOR_KINDS = ['STATE', 'INTERNATIONAL_ORGANIZATION', 'GOVERNMENT_BODY', 'LEGISLATURE', 'PERSON', 'MEDIA', 'GROUP'] as const;
export const MEMBERSHIP_ROLES = ['MEMBER', 'FOUNDING_MEMBER', 'OBSERVER', 'PARTNER', 'DIALOGUE_PARTNER', 'APPLICANT', 'INVITED', 'SUSPENDED'] as const;
export const EVENT_TYPES = ['ACCESSION', 'AGREEMENT', 'APPLICATION', 'INVITATION', 'JOINT_EXERCISE', 'MEETING', 'OBSERVER_STATUS', 'STATEMENT', 'VISIT', 'OTHER'] as const;
export const PARTICIPANT_ROLES = ['INITIATOR', 'TARGET', 'HOST', 'PARTICIPANT'] as const;
export const STATEMENT_KINDS = ['QUOTE', 'PARAPHRASE', 'ASSESSMENT'] as const;
export const STANCES = ['SUPPORTS', 'OPPOSES', 'NEUTRAL', 'UNKNOWN'] as const;

/** After a stale edit's CONFLICT: reload the record, replacing the form's values, to apply the change again. */
export function LoadLatestVersion({ onLoad }: { onLoad: () => void }) {
  return (
    <p>
      <button type="button" onClick={onLoad}>
        Load the latest version (replaces this form's values)
      </button>
    </p>
  );
}
