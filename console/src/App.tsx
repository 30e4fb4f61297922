import { useEffect, useState } from 'react';
import { api, forget, isOperator, useSession } from './api';
import { Activity } from './pages/Activity';
import { Mailboxes } from './pages/Mailboxes';
import { Quality } from './pages/Quality';
import { SignIn } from './pages/SignIn';
import { useRoute, type Page } from './route';

export interface Who {
  label: string;
  operator: boolean;
}

const TITLES: Record<Page, string> = {
  activity: 'Activity',
  mailboxes: 'Mailboxes',
  quality: 'Quality and cost',
};

export function App() {
  const [who, setWho] = useState<Who | null | undefined>(undefined);
  const page = useRoute();

  useEffect(() => {
    // A live session cookie signs the visitor in without a form.
    void api.GET('/api/v1/session').then(({ data }) => {
      if (data) {
        useSession(data.csrf_token);
        setWho({ label: data.user.email, operator: false });
      } else setWho(null);
    });
  }, []);

  useEffect(() => {
    document.title = who ? `${TITLES[page]} · AI Email Assistant` : 'Sign in · AI Email Assistant';
  }, [page, who]);

  if (who === undefined) return <p className="loading">Loading…</p>;
  if (who === null) return <SignIn onSignedIn={setWho} />;

  const signOut = async () => {
    if (!isOperator()) await api.DELETE('/api/v1/session');
    forget();
    setWho(null);
  };

  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header>
        <span className="brand">AI Email Assistant</span>
        <nav aria-label="Console">
          {(Object.keys(TITLES) as Page[]).map((name) => (
            <a key={name} href={`#/${name}`} aria-current={page === name ? 'page' : undefined}>
              {TITLES[name]}
            </a>
          ))}
        </nav>
        <span className="who">
          {who.label}
          {who.operator ? ' (operator)' : ''}
        </span>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{TITLES[page]}</h1>
        {page === 'activity' && <Activity operator={who.operator} />}
        {page === 'mailboxes' && <Mailboxes operator={who.operator} />}
        {page === 'quality' && <Quality operator={who.operator} />}
      </main>
    </>
  );
}
