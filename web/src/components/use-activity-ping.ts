/**
 * Keeps a session alive while its user works without calling the server — typing a long narrative
 * or a case description for over an hour — and only then: a key press or a click sends one
 * ordinary request at most every five minutes. The bell's own refreshes do not count as use
 * (`api.poll`), so an unattended browser still signs out after SESSION_IDLE_MINUTES.
 */
import { nowMs } from '../clock.ts';
import { useEffect } from 'react';
import { api } from '../api/client.ts';

const EVERY_MS = 5 * 60_000;

export function useActivityPing(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return;
    let last = nowMs();
    const onActivity = () => {
      if (nowMs() - last < EVERY_MS) return;
      last = nowMs();
      void api.get('/auth/me').catch(() => undefined); // a 401 here signs out as any request would
    };
    window.addEventListener('keydown', onActivity, { passive: true });
    window.addEventListener('pointerdown', onActivity, { passive: true });
    return () => {
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('pointerdown', onActivity);
    };
  }, [signedIn]);
}
