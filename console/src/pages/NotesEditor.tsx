import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { api, describeError, type Note, type NoteInput } from '../api';

type Problem = { message: string; fields: Record<string, string[]> };

/**
 * A mailbox's knowledge notes: facts replies may use. The server validates (and bounds) every
 * field; its messages are shown by field, as in the settings editor.
 */
export function NotesEditor({ mailboxId }: { mailboxId: string }) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [max, setMax] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const path = { path: { id: mailboxId } };

  const load = useCallback(async () => {
    const { data, error } = await api.GET('/api/v1/mailboxes/{id}/notes', {
      params: { path: { id: mailboxId } },
    });
    if (!data) return setMessage(describeError(error).message);
    setNotes(data.items);
    setMax(data.max_notes);
  }, [mailboxId]);
  useEffect(() => void load(), [load]);

  async function add(body: NoteInput): Promise<Problem | null> {
    const { data, error } = await api.POST('/api/v1/mailboxes/{id}/notes', {
      params: path,
      body,
    });
    if (!data) return describeError(error);
    setMessage(`Note “${data.title}” added: replies use it from the next email on.`);
    await load();
    return null;
  }

  async function replace(noteId: string, body: NoteInput): Promise<Problem | null> {
    const { data, error } = await api.PUT('/api/v1/mailboxes/{id}/notes/{noteId}', {
      params: { path: { id: mailboxId, noteId } },
      body,
    });
    if (!data) return describeError(error);
    setEditing(null);
    setMessage(`Note “${data.title}” saved.`);
    await load();
    return null;
  }

  async function remove(note: Note) {
    const { error } = await api.DELETE('/api/v1/mailboxes/{id}/notes/{noteId}', {
      params: { path: { id: mailboxId, noteId: note.id } },
    });
    setMessage(error ? describeError(error).message : `Note “${note.title}” deleted.`);
    await load();
  }

  if (!notes) return <p role="status">{message ?? 'Loading notes…'}</p>;
  const full = notes.length >= max;
  return (
    <section className="notes" aria-labelledby={`${mailboxId}-notes`}>
      <h3 id={`${mailboxId}-notes`}>Knowledge notes</h3>
      <p className="hint">
        Facts replies may use (prices, opening hours, a booking link). {notes.length} of {max}{' '}
        notes.
      </p>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <ul className="note-list">
        {notes.map((note) => (
          <li key={note.id}>
            {editing === note.id ? (
              <NoteForm
                label={`Edit note ${note.title}`}
                submit="Save note"
                note={note}
                onSubmit={(body) => replace(note.id, body)}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <h4>{note.title}</h4>
                <p className="note-body">{note.body}</p>
                {note.links.length > 0 && (
                  <ul className="links">
                    {note.links.map((link) => (
                      <li key={link}>{link}</li>
                    ))}
                  </ul>
                )}
                <div className="actions">
                  <button type="button" onClick={() => setEditing(note.id)}>
                    Edit<span className="sr-only"> note {note.title}</span>
                  </button>
                  <button type="button" className="danger" onClick={() => void remove(note)}>
                    Delete<span className="sr-only"> note {note.title}</span>
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {full ? (
        <p>This mailbox has the most notes it may keep: delete one to add another.</p>
      ) : (
        <NoteForm label="Add a note" submit="Add note" onSubmit={add} />
      )}
    </section>
  );
}

function NoteForm(props: {
  label: string;
  submit: string;
  note?: Note;
  onSubmit: (body: NoteInput) => Promise<Problem | null>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [problem, setProblem] = useState<Problem | null>(null);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    const links = String(form.get('links') ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const found = await props.onSubmit({
      title: String(form.get('title') ?? ''),
      body: String(form.get('body') ?? ''),
      links,
    });
    setProblem(found);
    if (!found && !props.note) target.reset();
  }

  const fields = problem?.fields ?? {};
  // Link errors come keyed by the list (links) or by an item (links.1).
  const errorsOf = (name: string) =>
    Object.entries(fields)
      .filter(([k]) => k === name || k.startsWith(`${name}.`))
      .flatMap(([, v]) => v);
  const field = (name: 'title' | 'body' | 'links') => {
    const errors = errorsOf(name);
    return {
      input: {
        name,
        'aria-invalid': errors.length ? true : undefined,
        'aria-describedby': errors.length ? `${id}-${name}-error` : undefined,
      },
      error: errors.length ? (
        <span id={`${id}-${name}-error`} className="error">
          {errors.join('; ')}
        </span>
      ) : null,
    };
  };
  const title = field('title');
  const body = field('body');
  const links = field('links');

  return (
    <form className="settings" aria-label={props.label} onSubmit={(e) => void send(e)}>
      {!props.note && <h4>{props.label}</h4>}
      <label>
        Title
        <input {...title.input} defaultValue={props.note?.title ?? ''} />
        {title.error}
      </label>
      <label>
        Note
        <textarea {...body.input} rows={4} defaultValue={props.note?.body ?? ''} />
        {body.error}
      </label>
      <label>
        Links (http or https, one per line, at most 5)
        <textarea {...links.input} rows={2} defaultValue={props.note?.links.join('\n') ?? ''} />
        {links.error}
      </label>
      {problem && (
        <p role="alert" className="error">
          {problem.message}
        </p>
      )}
      <div className="actions">
        <button type="submit">{props.submit}</button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
