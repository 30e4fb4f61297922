import { useCallback, useEffect, useState } from 'react';
import { api, describeError, type FailedTask, type Stats } from '../api';
import { DraftQuality } from './DraftQuality';

const DAYS = 7;
const DAY_MS = 86_400_000;

interface Day {
  date: string;
  stats: Stats;
}

/** UTC midnights of the last DAYS days, oldest first, each with its stats. */
async function loadDays(): Promise<Day[]> {
  const today = Date.UTC(
    new Date().getUTCFullYear(),
    new Date().getUTCMonth(),
    new Date().getUTCDate(),
  );
  const starts = Array.from({ length: DAYS }, (_, i) => today - (DAYS - 1 - i) * DAY_MS);
  const days = await Promise.all(
    starts.map(async (start) => {
      const { data } = await api.GET('/api/v1/stats', {
        params: {
          query: {
            since: new Date(start).toISOString(),
            until: new Date(start + DAY_MS).toISOString(),
          },
        },
      });
      return data ? { date: new Date(start).toISOString().slice(0, 10), stats: data } : null;
    }),
  );
  return days.filter((d): d is Day => d !== null);
}

const calls = (s: Stats) => s.llm.by_model.reduce((n, m) => n + m.responses, 0);
const share = (s: Stats) => (s.tasks.total ? s.skipped.by_prefilter / s.tasks.total : 0);
const pct = (x: number) => `${Math.round(x * 100)} %`;

export function Quality({ operator }: { operator: boolean }) {
  const [days, setDays] = useState<Day[]>([]);

  useEffect(() => {
    void loadDays().then(setDays);
  }, []);

  const maxCost = Math.max(0.0001, ...days.map((d) => d.stats.llm.cost_usd));
  return (
    <>
      <section aria-labelledby="cost-heading">
        <h2 id="cost-heading">LLM use per day (UTC)</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Emails</th>
                <th scope="col">LLM calls</th>
                <th scope="col">Tokens</th>
                <th scope="col">Cost (USD)</th>
                <th scope="col">Pre-filtered</th>
                <th scope="col">Drafts</th>
              </tr>
            </thead>
            <tbody>
              {days.map(({ date, stats }) => (
                <tr key={date}>
                  <th scope="row">{date}</th>
                  <td>{stats.emails}</td>
                  <td>{calls(stats)}</td>
                  <td>{stats.llm.tokens_used.toLocaleString()}</td>
                  <td>
                    <meter min={0} max={maxCost} value={stats.llm.cost_usd} aria-hidden="true" />{' '}
                    {stats.llm.cost_usd.toFixed(4)}
                  </td>
                  <td>{pct(share(stats))}</td>
                  <td>{stats.drafts_created}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="hint">
          Pre-filtered: share of runs decided by a rule (mailing lists, bulk mail, no-reply senders,
          …) without any LLM call.
        </p>
      </section>
      <DraftQuality />
      {operator ? <DeadLetters /> : null}
    </>
  );
}

function DeadLetters() {
  const [items, setItems] = useState<FailedTask[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const load = useCallback(async () => {
    const { data } = await api.GET('/api/v1/failed-tasks', {
      params: { query: { state: 'unresolved' } },
    });
    setItems(data?.items ?? []);
  }, []);
  useEffect(() => void load(), [load]);

  async function retry(id: number) {
    const { error } = await api.POST('/api/v1/failed-tasks/{id}/retry', {
      params: { path: { id } },
    });
    setMessage(error ? describeError(error).message : `Dead letter ${id} queued again`);
    await load();
  }

  return (
    <section aria-labelledby="dlq-heading">
      <h2 id="dlq-heading">Dead letters</h2>
      {message && <p role="status">{message}</p>}
      {items.length === 0 ? (
        <p>No unresolved dead letters.</p>
      ) : (
        <ul className="dead-letters">
          {items.map((f) => (
            <li key={f.id}>
              {f.task_name} of email {f.email_id ?? '—'}: {f.error_code ?? 'error'}{' '}
              <button type="button" onClick={() => void retry(f.id)}>
                Retry<span className="sr-only"> dead letter {f.id}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
