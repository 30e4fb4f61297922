/** One option of a Choice: the value sent to the API and the words shown for it. */
export interface Option<T extends string> {
  value: T;
  text: string;
}

/**
 * A labelled select with a first "all" option (the empty value), as the console's filters use
 * it: the label wraps the control, so screen readers and getByLabel find it by its text.
 */
export function Choice<T extends string>(props: {
  label: string;
  value: T | '';
  options: readonly Option<T>[];
  onChange: (value: T | '') => void;
  all?: string;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as T | '')}>
        <option value="">{props.all ?? 'All'}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}
