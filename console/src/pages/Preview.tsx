import { useState, type FormEvent } from 'react';
import { api, describeError, type Schemas } from '../api';

type Result = Schemas['PreviewResultDto'];

const OUTCOMES: Record<string, string> = {
  needs_reply: 'A reply draft would be written',
  no_reply: 'No draft: the email needs no reply',
  low_confidence: 'No draft: the classification is below the confidence threshold',
  prefiltered: 'No draft: a pre-filter rule decides it, without any LLM call',
  never_draft: 'No draft: the sender is on the never-draft list',
};

/** Pastes an email and shows what the current settings would do with it; creates nothing. */
export function Preview({ mailboxId }: { mailboxId: string }) {
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const { data, error: failed } = await api.POST('/api/v1/mailboxes/{id}/preview', {
      params: { path: { id: mailboxId } },
      body: {
        from: String(form.get('from') ?? ''),
        subject: String(form.get('subject') ?? ''),
        text: String(form.get('text') ?? ''),
      },
    });
    setBusy(false);
    setResult(data ?? null);
    setError(data ? null : describeError(failed).message);
  }

  return (
    <form className="settings" aria-label="Preview an email" onSubmit={(e) => void run(e)}>
      <h3>Preview</h3>
      <label>
        From (address)
        <input name="from" type="email" required maxLength={320} />
      </label>
      <label>
        Subject
        <input name="subject" maxLength={1000} />
      </label>
      <label>
        Email text
        <textarea name="text" rows={5} required maxLength={20000} />
      </label>
      <button type="submit" disabled={busy}>
        Preview triage and reply
      </button>
      <div role="status" className="preview-result">
        {error && <p className="error">{error}</p>}
        {result && (
          <>
            <p>
              <strong>{OUTCOMES[result.outcome] ?? result.outcome}</strong>
            </p>
            <p>
              Category {result.category.replace('_', ' ')}, confidence{' '}
              {Math.round(result.confidence * 100)} %, decided by {result.decided_by}
              {result.reason ? `: ${result.reason}` : ''}
            </p>
            {result.reply && <pre className="reply">{result.reply}</pre>}
          </>
        )}
      </div>
    </form>
  );
}
