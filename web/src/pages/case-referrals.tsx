/** A case's referrals: send one to a provider of the area offering the service, record its answer. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Case, ReferralStatus } from '../api/case-types.ts';
import type { Service, ServiceProvider } from '../api/service-types.ts';
import type { Items } from '../api/types.ts';
import { DateInput, Field } from '../components/Field.tsx';
import { REFERRAL_LABELS } from '../case-labels.ts';
import { formatDate, parseDate } from '../format.ts';
import { useI18n, type Key } from '../i18n.ts';
import { SERVICE_LABELS, SERVICES } from '../service-labels.ts';

const NEXT: Record<ReferralStatus, { to: ReferralStatus; label: Key }[]> = {
  sent: [
    { to: 'accepted', label: 'accept' },
    { to: 'declined', label: 'decline' },
    { to: 'revoked', label: 'revoke' },
  ],
  accepted: [
    { to: 'completed', label: 'complete' },
    { to: 'revoked', label: 'revoke' },
  ],
  declined: [],
  completed: [],
  revoked: [],
};

export function CaseReferrals({
  kase,
  act,
}: {
  kase: Case;
  act: (method: 'POST' | 'PATCH', path: string, body: unknown) => Promise<boolean>;
}) {
  const { t, pick } = useI18n();
  const [service, setService] = useState<Service>(kase.needs[0] ?? 'shelter');
  const [providers, setProviders] = useState<ServiceProvider[]>([]);
  const [providerId, setProviderId] = useState(0);
  const [due, setDue] = useState('');
  const [note, setNote] = useState('');
  const editable = kase.abilities.edit && kase.status === 'open';

  useEffect(() => {
    if (!editable) return;
    api
      .get<Items<ServiceProvider>>('/service-providers', {
        unitId: kase.incidentUnitId ?? kase.unitId,
        service,
      })
      .then(
        (r) => {
          setProviders(r.items);
          setProviderId(r.items[0]?.id ?? 0);
        },
        () => setProviders([]),
      );
  }, [service, kase.incidentUnitId, kase.unitId, editable]);

  return (
    <section className="card" aria-labelledby="referrals-title" data-testid="case-referrals">
      <h2 id="referrals-title">{t('referralsTitle')}</h2>
      <ul className="plain">
        {kase.referrals.map((r) => (
          <li key={r.id} className="referral" data-testid="referral" data-status={r.status}>
            <strong>{r.providerName}</strong> — {pick(SERVICE_LABELS[r.service], r.service)} —{' '}
            <span className="badge">{pick(REFERRAL_LABELS[r.status], r.status)}</span>
            {r.dueOn && ` ${t('dueOn')}: ${formatDate(r.dueOn)}`}
            {r.overdue && <span className="badge overdue">{t('referralOverdue')}</span>}
            {r.note && <p className="muted">{r.note}</p>}
            {editable &&
              NEXT[r.status].map((n) => (
                <button
                  key={n.to}
                  type="button"
                  className="secondary small"
                  onClick={() => void act('PATCH', `/cases/${kase.id}/referrals/${r.id}`, { status: n.to })}
                  data-testid={`referral-${n.to}`}
                >
                  {t(n.label)}
                </button>
              ))}
          </li>
        ))}
      </ul>
      {editable && (
        <div className="grid">
          <Field label={t('service')}>
            {(p) => (
              <select
                {...p}
                value={service}
                onChange={(e) => setService(e.target.value as Service)}
                data-testid="referral-service"
              >
                {SERVICES.map((s) => (
                  <option key={s} value={s}>
                    {pick(SERVICE_LABELS[s], s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('provider')}>
            {(p) => (
              <select
                {...p}
                value={providerId}
                onChange={(e) => setProviderId(Number(e.target.value))}
                data-testid="referral-provider"
              >
                <option value={0}>{t('chooseProvider')}</option>
                {providers.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('dueOn')}>
            {(p) => <DateInput control={p} value={due} onChange={setDue} testId="referral-due" />}
          </Field>
          <Field label={t('noteLabel')}>
            {(p) => (
              <input
                {...p}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                data-testid="referral-note"
              />
            )}
          </Field>
          <button
            type="button"
            disabled={!providerId}
            onClick={() =>
              void act('POST', `/cases/${kase.id}/referrals`, {
                providerId,
                service,
                dueOn: due.trim() ? parseDate(due) : null,
                note: note.trim() || null,
              }).then((ok) => ok && setNote(''))
            }
            data-testid="referral-send"
          >
            {t('refer')}
          </button>
        </div>
      )}
    </section>
  );
}
