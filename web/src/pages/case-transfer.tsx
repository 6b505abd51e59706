/**
 * On the case page: the transfer to another commune (asked by the case's supervisor, with the
 * survivor's consent) and the prohibition-of-contact decisions; on the cases page: the transfers a
 * receiving supervisor accepts (assigning a worker) or declines.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Case, CaseProtection, IncomingTransfer, ProtectionIssuer } from '../api/case-types.ts';
import { ErrorBox } from '../components/Feedback.tsx';
import { DateInput, Field } from '../components/Field.tsx';
import { UnitPicker, type PickedUnit } from '../components/UnitPicker.tsx';
import { GBV_TYPE_LABELS, PROTECTION_ISSUER_LABELS, TRANSFER_STATUS_LABELS } from '../case-labels.ts';
import { formatDate, formatDateTime, parseDate } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { navigate } from '../router.ts';

type Act = (method: 'POST' | 'PATCH', path: string, body: unknown) => Promise<boolean>;

/** Transfers and protective measures of a case, re-read after each change of the case. */
export function CaseProtectionPanels({ kase, act }: { kase: Case; act: Act }) {
  const [extra, setExtra] = useState<CaseProtection | null>(null);
  const load = useCallback(() => {
    api.get<CaseProtection>(`/cases/${kase.id}/protection`).then(setExtra, () => setExtra(null));
  }, [kase.id]);
  useEffect(load, [load, kase]); // every change of the case (a transfer does not bump its version)
  if (!extra) return null;
  return (
    <>
      <CaseTransfer kase={kase} extra={extra} act={act} />
      <CaseProtections kase={kase} extra={extra} onSaved={setExtra} />
    </>
  );
}

function CaseTransfer({ kase, extra, act }: { kase: Case; extra: CaseProtection; act: Act }) {
  const { t, pick } = useI18n();
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [consent, setConsent] = useState(false);
  if (!kase.abilities.assign && extra.transfers.length === 0) return null;
  return (
    <section className="card" aria-labelledby="transfer-title" data-testid="case-transfer">
      <h2 id="transfer-title">{t('transferTitle')}</h2>
      <ul className="plain">
        {extra.transfers.map((x) => (
          <li key={x.id} data-testid="transfer-row" data-status={x.status}>
            {formatDateTime(x.requestedAt)}: {x.fromUnitName} → {x.toUnitName} ·{' '}
            {pick(TRANSFER_STATUS_LABELS[x.status], x.status)}
          </li>
        ))}
      </ul>
      {kase.abilities.assign &&
        kase.status === 'open' &&
        (extra.pendingTransfer ? (
          <p>
            {t('transferPending')}{' '}
            <button
              type="button"
              className="secondary"
              onClick={() => void act('POST', `/cases/${kase.id}/transfer/cancel`, {})}
              data-testid="transfer-cancel"
            >
              {t('transferCancel')}
            </button>
          </p>
        ) : (
          <div className="grid">
            <p className="muted">{t('transferIntro')}</p>
            <UnitPicker label={t('transferTo')} value={unit} onChange={setUnit} testId="transfer-unit" />
            <label className="field check">
              <input
                type="checkbox"
                checked={consent}
                onChange={(e) => setConsent(e.target.checked)}
                data-testid="transfer-consent"
              />{' '}
              {t('transferConsent')}
            </label>
            <button
              type="button"
              disabled={!unit || !consent}
              onClick={() =>
                void act('POST', `/cases/${kase.id}/transfer`, { toUnitId: unit?.id, consent }).then(
                  (ok) => ok && setConsent(false),
                )
              }
              data-testid="transfer-request"
            >
              {t('transferRequest')}
            </button>
          </div>
        ))}
    </section>
  );
}

function CaseProtections({
  kase,
  extra,
  onSaved,
}: {
  kase: Case;
  extra: CaseProtection;
  onSaved: (x: CaseProtection) => void;
}) {
  const { t, pick, errorMessage } = useI18n();
  const [issuer, setIssuer] = useState<ProtectionIssuer>('commune_chair');
  const [issuedOn, setIssuedOn] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [details, setDetails] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const save = async () => {
    setProblem(null);
    try {
      onSaved(
        await api.post<CaseProtection>(`/cases/${kase.id}/protections`, {
          issuer,
          issuedOn: parseDate(issuedOn) ?? issuedOn,
          startsOn: parseDate(startsOn) ?? startsOn,
          endsOn: parseDate(endsOn) ?? endsOn,
          details: details.trim() || null,
        }),
      );
      setDetails('');
    } catch (err) {
      setProblem(err);
    }
  };
  return (
    <section className="card" aria-labelledby="protections-title" data-testid="case-protections">
      <h2 id="protections-title">{t('protectionsTitle')}</h2>
      {extra.protections.length === 0 ? (
        <p className="muted">{t('protectionsNone')}</p>
      ) : (
        <ul className="plain">
          {extra.protections.map((p) => (
            <li key={p.id} data-testid="protection-row">
              <strong>{pick(PROTECTION_ISSUER_LABELS[p.issuer], p.issuer)}</strong>: {formatDate(p.startsOn)}{' '}
              – {formatDate(p.endsOn)} ({t('protectionDays', { n: p.days })})
              {p.inForce && <span className="badge"> {t('protectionInForce')}</span>}
              {p.details && <div className="muted">{p.details}</div>}
            </li>
          ))}
        </ul>
      )}
      {kase.abilities.edit && kase.status === 'open' && (
        <div className="grid">
          {problem !== null && <ErrorBox errors={errorMessage(problem)} testId="protection-error" />}
          <Field label={t('protectionIssuer')}>
            {(p) => (
              <select
                {...p}
                value={issuer}
                onChange={(e) => setIssuer(e.target.value as ProtectionIssuer)}
                data-testid="protection-issuer"
              >
                {(Object.keys(PROTECTION_ISSUER_LABELS) as ProtectionIssuer[]).map((k) => (
                  <option key={k} value={k}>
                    {pick(PROTECTION_ISSUER_LABELS[k], k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('protectionIssuedOn')}>
            {(p) => (
              <DateInput control={p} value={issuedOn} onChange={setIssuedOn} testId="protection-issued" />
            )}
          </Field>
          <Field label={t('protectionStarts')}>
            {(p) => (
              <DateInput control={p} value={startsOn} onChange={setStartsOn} testId="protection-starts" />
            )}
          </Field>
          <Field label={t('protectionEnds')}>
            {(p) => <DateInput control={p} value={endsOn} onChange={setEndsOn} testId="protection-ends" />}
          </Field>
          <Field label={t('protectionDetails')}>
            {(p) => (
              <input
                {...p}
                value={details}
                onChange={(e) => setDetails(e.target.value)}
                data-testid="protection-details"
              />
            )}
          </Field>
          <button type="button" onClick={() => void save()} data-testid="protection-add">
            {t('protectionAdd')}
          </button>
        </div>
      )}
    </section>
  );
}

/** Transfers waiting for the caller, a supervisor of the receiving commune. */
export function IncomingTransfers() {
  const { t, pick, errorMessage } = useI18n();
  const [items, setItems] = useState<IncomingTransfer[]>([]);
  const [worker, setWorker] = useState<Record<number, number>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const load = useCallback(() => {
    api.get<{ items: IncomingTransfer[] }>('/case-transfers').then((r) => setItems(r.items), setProblem);
  }, []);
  useEffect(load, [load]);
  if (items.length === 0 && problem === null) return null;
  const decide = async (x: IncomingTransfer, accept: boolean) => {
    setProblem(null);
    try {
      const r = await api.post<{ caseId: number }>(
        `/case-transfers/${x.id}/${accept ? 'accept' : 'decline'}`,
        accept ? { workerId: worker[x.id] ?? x.workers[0]?.userId } : {},
      );
      if (accept) navigate(`/cases/${r.caseId}`);
      else load();
    } catch (err) {
      setProblem(err);
    }
  };
  return (
    <section className="card" aria-labelledby="incoming-title" data-testid="incoming-transfers">
      <h2 id="incoming-title">{t('transfersIncoming')}</h2>
      {problem !== null && <ErrorBox errors={errorMessage(problem)} testId="incoming-error" />}
      {items.map((x) => (
        <div key={x.id} className="grid" data-testid="incoming-transfer">
          <p>
            <strong>{x.caseCode}</strong> · {pick(GBV_TYPE_LABELS[x.gbvType], x.gbvType)} ·{' '}
            {t('transferFrom')} {x.fromUnitName} → {x.toUnitName} · {formatDateTime(x.requestedAt)}
          </p>
          <Field label={t('transferWorker')}>
            {(p) => (
              <select
                {...p}
                value={worker[x.id] ?? x.workers[0]?.userId ?? ''}
                onChange={(e) => setWorker({ ...worker, [x.id]: Number(e.target.value) })}
                data-testid="incoming-worker"
              >
                {x.workers.map((w) => (
                  <option key={w.userId} value={w.userId}>
                    {w.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <span className="actions">
            <button
              type="button"
              disabled={x.workers.length === 0}
              onClick={() => void decide(x, true)}
              data-testid="incoming-accept"
            >
              {t('transferAccept')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => void decide(x, false)}
              data-testid="incoming-decline"
            >
              {t('transferDecline')}
            </button>
          </span>
        </div>
      ))}
    </section>
  );
}
