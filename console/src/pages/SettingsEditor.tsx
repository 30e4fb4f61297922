import { useEffect, useState, type FormEvent } from 'react';
import { api, describeError, type Settings } from '../api';

type TextField = 'owner_name' | 'about_me' | 'reply_instructions' | 'signature' | 'reply_language';
type ListField = 'vip_senders' | 'always_draft_senders' | 'never_draft_senders' | 'triage_rules';

const TEXT: { name: TextField; label: string; long?: boolean; max: number }[] = [
  { name: 'owner_name', label: 'Owner name', max: 100 },
  { name: 'about_me', label: 'About me', long: true, max: 2000 },
  { name: 'reply_instructions', label: 'Reply instructions', long: true, max: 2000 },
  { name: 'signature', label: 'Signature', long: true, max: 1000 },
  { name: 'reply_language', label: 'Reply language (match_sender or a language)', max: 40 },
];
const LISTS: { name: ListField; label: string }[] = [
  { name: 'vip_senders', label: 'VIP senders (one per line)' },
  { name: 'always_draft_senders', label: 'Always draft for (one per line)' },
  { name: 'never_draft_senders', label: 'Never draft for (one per line)' },
  { name: 'triage_rules', label: 'Triage rules (one per line)' },
];

/** Empty means "the default": sent as null, which clears the mailbox's own value. */
const textOrNull = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '');
  return text.trim() ? text : null;
};
const linesOrNull = (value: FormDataEntryValue | null) => {
  const lines = String(value ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines : null;
};

export function SettingsEditor({ mailboxId }: { mailboxId: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const params = { params: { path: { id: mailboxId } } };

  useEffect(() => {
    void api
      .GET('/api/v1/mailboxes/{id}/settings', { params: { path: { id: mailboxId } } })
      .then(({ data, error }) => {
        if (data) setSettings(data.settings);
        else setMessage(describeError(error).message);
      });
  }, [mailboxId]);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const threshold = String(form.get('confidence_threshold') ?? '').trim();
    const body: Settings = {
      ...Object.fromEntries(TEXT.map((f) => [f.name, textOrNull(form.get(f.name))])),
      ...Object.fromEntries(LISTS.map((f) => [f.name, linesOrNull(form.get(f.name))])),
      confidence_threshold: threshold ? Number(threshold) : null,
      labels_enabled: form.get('labels_enabled') === 'on',
    };
    const { data, error } = await api.PATCH('/api/v1/mailboxes/{id}/settings', { ...params, body });
    if (data) {
      setSettings(data.settings);
      setFields({});
      setMessage('Settings saved: they apply from the next email on.');
    } else {
      const problem = describeError(error);
      setFields(problem.fields);
      setMessage(problem.message);
    }
  }

  if (!settings) return <p role="status">{message ?? 'Loading settings…'}</p>;
  const errorId = (name: string) => `${mailboxId}-${name}-error`;
  const describe = (name: string) => (fields[name] ? errorId(name) : undefined);
  const fieldError = (name: string) =>
    fields[name] ? (
      <span id={errorId(name)} className="error">
        {fields[name].join('; ')}
      </span>
    ) : null;

  return (
    <form className="settings" onSubmit={(e) => void save(e)} aria-label="Mailbox settings">
      {TEXT.map((f) => (
        <label key={f.name}>
          {f.label}
          {f.long ? (
            <textarea
              name={f.name}
              defaultValue={settings[f.name] ?? ''}
              rows={3}
              aria-invalid={fields[f.name] ? true : undefined}
              aria-describedby={describe(f.name)}
            />
          ) : (
            <input
              name={f.name}
              defaultValue={settings[f.name] ?? ''}
              aria-invalid={fields[f.name] ? true : undefined}
              aria-describedby={describe(f.name)}
            />
          )}
          {fieldError(f.name)}
        </label>
      ))}
      <label>
        Confidence threshold (0–1, empty: default)
        <input
          name="confidence_threshold"
          inputMode="decimal"
          defaultValue={settings.confidence_threshold ?? ''}
          aria-invalid={fields.confidence_threshold ? true : undefined}
          aria-describedby={describe('confidence_threshold')}
        />
        {fieldError('confidence_threshold')}
      </label>
      {LISTS.map((f) => (
        <label key={f.name}>
          {f.label}
          <textarea
            name={f.name}
            rows={3}
            defaultValue={(settings[f.name] ?? []).join('\n')}
            aria-invalid={Object.keys(fields).some((k) => k.startsWith(f.name)) ? true : undefined}
            aria-describedby={describe(f.name)}
          />
          {Object.entries(fields)
            .filter(([k]) => k.startsWith(f.name))
            .map(([k, v]) => (
              <span key={k} id={k === f.name ? errorId(f.name) : undefined} className="error">
                {v.join('; ')}
              </span>
            ))}
        </label>
      ))}
      <label className="check">
        <input
          type="checkbox"
          name="labels_enabled"
          defaultChecked={settings.labels_enabled ?? true}
        />
        Triage labels in Gmail
      </label>
      {message && (
        <p role="status" className={Object.keys(fields).length ? 'error' : 'notice'}>
          {message}
        </p>
      )}
      <button type="submit">Save settings</button>
    </form>
  );
}
