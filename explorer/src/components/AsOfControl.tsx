import { useEffect, useState } from 'react';
import { isPartialDate } from '../dates/partialDate';

/**
 * The date the page shows the world at (a partial date: `2004`, `2007-05`), or none for
 * everything recorded. Applied on Enter or with the button, so that typing `20` asks nothing.
 */
export function AsOfControl({ value, onChange }: { value: string | null; onChange: (asOf: string | null) => void }) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const valid = text === '' || isPartialDate(text);
  return (
    <form
      className="as-of"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) {
          onChange(text === '' ? null : text);
        }
      }}
    >
      <label htmlFor="as-of">As of</label>
      <input
        id="as-of"
        name="asOf"
        value={text}
        placeholder="YYYY[-MM[-DD]]"
        inputMode="numeric"
        aria-invalid={!valid}
        aria-describedby="as-of-help"
        onChange={(e) => setText(e.target.value.trim())}
      />
      <button type="submit" disabled={!valid}>
        Show
      </button>
      {value && (
        <button type="button" onClick={() => onChange(null)}>
          All dates
        </button>
      )}
      <span id="as-of-help" className={valid ? 'muted' : 'field-error'}>
        {valid ? (value ? `Facts in force in ${value}; events and dated statements up to then.` : 'Everything recorded.') : 'A year, year-month or day: 2004, 2007-05, 2024-01-01'}
      </span>
    </form>
  );
}
