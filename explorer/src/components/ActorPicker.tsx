import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { PickActors } from '../api/queries';
import type { ActorKind as Kind } from '../gql/graphql';
import { ActorKind, type ActorLike } from './common';

/**
 * Choose an actor by typing any spelling of its name: a combobox over `actors(search:)`.
 * ↑/↓ move through the suggestions, Enter takes one, Escape closes them.
 */
export function ActorPicker({
  label,
  value,
  onChange,
  kinds,
  error,
  name,
}: {
  label: string;
  value: ActorLike | null;
  onChange: (actor: ActorLike | null) => void;
  kinds?: Kind[];
  error?: string | undefined;
  name?: string;
}) {
  const id = useId();
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [settled, setSettled] = useState('');
  useEffect(() => setText(value?.name ?? ''), [value?.name]);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);
  const [result] = useQuery({ query: PickActors, variables: { q: settled, kinds }, pause: !open || settled.length < 2 });
  const options = result.data?.actors.edges.map((e) => e.node) ?? [];

  const choose = (actor: ActorLike) => {
    onChange(actor);
    setText(actor.name);
    setOpen(false);
  };

  return (
    <div className="field picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-${active}` : undefined}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        autoComplete="off"
        value={text}
        placeholder="Type a name"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
          if (value) {
            onChange(null);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && open && options[active]) {
            e.preventDefault();
            choose(options[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && options.length > 0 && (
        <ul id={`${id}-list`} role="listbox" className="suggestions" aria-label={`${label}: suggestions`}>
          {options.map((actor, i) => (
            <li
              key={actor.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(actor);
              }}
            >
              {actor.name}
              <ActorKind actor={actor} />
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
