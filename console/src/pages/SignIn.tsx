import { useState, type FormEvent } from 'react';
import { api, describeError, forget, useApiKey, useSession } from '../api';
import type { Who } from '../App';

export function SignIn({ onSignedIn }: { onSignedIn: (who: Who) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [withKey, setWithKey] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      if (withKey) {
        useApiKey(String(form.get('key') ?? ''));
        const { error: failed } = await api.GET('/api/v1/mailboxes');
        if (failed) throw failed;
        onSignedIn({ label: 'API key', operator: true });
        return;
      }
      const { data, error: failed } = await api.POST('/api/v1/session', {
        body: {
          email: String(form.get('email') ?? ''),
          password: String(form.get('password') ?? ''),
        },
      });
      if (!data) throw failed;
      useSession(data.csrf_token);
      onSignedIn({ label: data.user.email, operator: false });
    } catch (failure) {
      forget();
      setError(describeError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="signin">
      <h1>Sign in</h1>
      <form onSubmit={(e) => void submit(e)} aria-describedby={error ? 'signin-error' : undefined}>
        {withKey ? (
          <label>
            Operator API key
            <input name="key" type="password" autoComplete="off" required />
          </label>
        ) : (
          <>
            <label>
              Email address
              <input name="email" type="email" autoComplete="username" required maxLength={320} />
            </label>
            <label>
              Password
              <input
                name="password"
                type="password"
                autoComplete="current-password"
                required
                maxLength={256}
              />
            </label>
          </>
        )}
        {error && (
          <p id="signin-error" role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      <button type="button" className="link" onClick={() => setWithKey(!withKey)}>
        {withKey ? 'Sign in with an owner account' : 'Operator? Sign in with an API key'}
      </button>
    </main>
  );
}
