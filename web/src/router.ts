/** A tiny hash router: #/units/12?x=1 → { path: ['units', '12'], query, raw }. */
import { useEffect, useState } from 'react';

export interface Route {
  path: string[];
  query: URLSearchParams;
  /** The hash without '#', to key pages on. */
  raw: string;
}

function parse(): Route {
  const raw = window.location.hash.replace(/^#/, '');
  const [p = '', q = ''] = raw.replace(/^\//, '').split('?');
  return { path: p.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(q), raw };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(parse);
  useEffect(() => {
    const onChange = () => setRoute(parse());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(to: string): void {
  window.location.hash = to;
}

/** Goes to a page replacing the current history entry (for redirects), and tells useRoute. */
export function redirect(to: string): void {
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${window.location.search}#${to}`,
  );
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/**
 * Records a page's filters in the address (so Back and reload keep them) without a new history
 * entry or a hashchange event.
 */
export function replaceQuery(path: string, query: Record<string, string>): void {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== ''));
  const qs = params.toString();
  const url = `${window.location.pathname}${window.location.search}#${path}${qs ? `?${qs}` : ''}`;
  window.history.replaceState(window.history.state, '', url);
}

/** Drops `?token=…` from the real query string once it has been used. */
export function clearSearch(): void {
  if (!window.location.search) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.hash}`);
}
