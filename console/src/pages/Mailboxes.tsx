import { useCallback, useEffect, useState } from 'react';
import { api, describeError, type Mailbox } from '../api';
import { NotesEditor } from './NotesEditor';
import { Preview } from './Preview';
import { SettingsEditor } from './SettingsEditor';

export function Mailboxes(_props: { operator: boolean }) {
  const [mailboxes, setMailboxes] = useState<Mailbox[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [notesOf, setNotesOf] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    const { data } = await api.GET('/api/v1/mailboxes');
    setMailboxes(data?.items ?? []);
  }, []);
  useEffect(() => void load(), [load]);

  async function act(run: () => Promise<{ error?: unknown }>, done: string) {
    const { error } = await run();
    setMessage(error ? describeError(error).message : done);
    await load();
  }

  async function connect() {
    const { data, error } = await api.POST('/api/v1/mailboxes/connect');
    if (!data) return setMessage(describeError(error).message);
    // Google's consent page; its callback connects the mailbox and gives it to this account.
    window.location.assign(data.authorization_url);
  }

  const path = (id: string) => ({ params: { path: { id } } });

  return (
    <>
      <p>
        <button type="button" onClick={() => void connect()}>
          Connect a Gmail mailbox
        </button>
      </p>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      {mailboxes.length === 0 && <p>No mailboxes yet.</p>}
      <ul className="mailboxes">
        {mailboxes.map((m) => (
          <li key={m.id} data-mailbox={m.email_address}>
            <h2>{m.email_address}</h2>
            <p>
              Status: <strong>{m.status}</strong>
              {m.status_reason ? ` (${m.status_reason})` : ''}
            </p>
            <div className="actions">
              {m.status === 'active' && (
                <button
                  type="button"
                  onClick={() =>
                    void act(
                      () => api.POST('/api/v1/mailboxes/{id}/pause', path(m.id)),
                      `${m.email_address} paused`,
                    )
                  }
                >
                  Pause
                </button>
              )}
              {m.status === 'paused' && (
                <button
                  type="button"
                  onClick={() =>
                    void act(
                      () => api.POST('/api/v1/mailboxes/{id}/resume', path(m.id)),
                      `${m.email_address} resumed`,
                    )
                  }
                >
                  Resume
                </button>
              )}
              {m.status !== 'disconnected' && (
                <button type="button" onClick={() => setSelected(selected === m.id ? null : m.id)}>
                  {selected === m.id ? 'Close settings' : 'Settings'}
                </button>
              )}
              {m.status !== 'disconnected' && (
                <button type="button" onClick={() => setNotesOf(notesOf === m.id ? null : m.id)}>
                  {notesOf === m.id ? 'Close knowledge notes' : 'Knowledge notes'}
                </button>
              )}
              {m.status !== 'disconnected' &&
                (confirming === m.id ? (
                  <span role="group" aria-label={`Confirm disconnecting ${m.email_address}`}>
                    Disconnect {m.email_address}? Its drafts stay in Gmail.{' '}
                    <button
                      type="button"
                      className="danger"
                      onClick={() => {
                        setConfirming(null);
                        void act(
                          () =>
                            api.POST('/api/v1/mailboxes/{id}/disconnect', {
                              ...path(m.id),
                              body: { purge: false },
                            }),
                          `${m.email_address} disconnected`,
                        );
                      }}
                    >
                      Yes, disconnect
                    </button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </span>
                ) : (
                  <button type="button" onClick={() => setConfirming(m.id)}>
                    Disconnect
                  </button>
                ))}
            </div>
            {selected === m.id && (
              <>
                <SettingsEditor mailboxId={m.id} />
                <Preview mailboxId={m.id} />
              </>
            )}
            {notesOf === m.id && <NotesEditor mailboxId={m.id} />}
          </li>
        ))}
      </ul>
    </>
  );
}
