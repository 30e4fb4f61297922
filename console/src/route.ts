import { useEffect, useState } from 'react';

export type Page = 'activity' | 'mailboxes' | 'quality';
const PAGES: Page[] = ['activity', 'mailboxes', 'quality'];

/** Hash routing (#/activity): one index.html, so the server needs no fallback routes. */
export function useRoute(): Page {
  const read = (): Page => {
    const name = window.location.hash.replace(/^#\//, '');
    return (PAGES as string[]).includes(name) ? (name as Page) : 'activity';
  };
  const [page, setPage] = useState<Page>(read);
  useEffect(() => {
    const onChange = () => setPage(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return page;
}
