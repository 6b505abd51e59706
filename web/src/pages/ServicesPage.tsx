/**
 * The GBV service directory: trusted addresses / shelters and the other services survivors are
 * referred to, filtered by kind, service, area and name. A private host's address appears only when
 * the server sends it (the area's case staff); those who keep the directory add and change entries.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { ProviderKind, Service, ServiceProvider } from '../api/service-types.ts';
import type { Items, Me } from '../api/types.ts';
import { ErrorBox, Loading, Notice } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { UnitPicker, type PickedUnit } from '../components/UnitPicker.tsx';
import { useI18n } from '../i18n.ts';
import { PROVIDER_KINDS, PROVIDER_KIND_LABELS, SERVICES, SERVICE_LABELS } from '../service-labels.ts';
import { ServiceProviderForm } from './service-provider-form.tsx';
import '../services.css';

/** Who may keep the directory somewhere (the server checks the unit). */
const mayManageSomewhere = (me: Me) =>
  me.roles.some((r) => ['system_admin', 'unit_admin', 'case_supervisor'].includes(r.role));

function ProviderRow({
  p,
  onEdit,
  onToggle,
}: {
  p: ServiceProvider;
  onEdit: () => void;
  onToggle: () => void;
}) {
  const { t, pick } = useI18n();
  return (
    <tr data-testid="provider-row" data-provider-id={p.id} className={p.isActive ? undefined : 'disabled'}>
      <td data-label={t('spName')}>
        <strong data-testid="provider-row-name">{p.name}</strong>
        <br />
        <span className="muted">{pick(PROVIDER_KIND_LABELS[p.kind], p.kind)}</span>{' '}
        {p.privateHost && <span className="badge">{t('spPrivateBadge')}</span>}{' '}
        {!p.isActive && <span className="badge">{t('spInactive')}</span>}
      </td>
      <td data-label={t('spServices')}>{p.services.map((s) => pick(SERVICE_LABELS[s], s)).join(', ')}</td>
      <td data-label={t('spWhere')}>
        <a href={`#/units/${p.unitId}`}>{p.unitName}</a>
        {p.unitId !== p.provinceId && <span className="muted"> — {p.provinceName}</span>}
        {p.coversProvince && (
          <>
            <br />
            <span className="muted">{t('spCoversProvince')}</span>
          </>
        )}
        {p.capacity !== null && (
          <>
            <br />
            <span className="muted">{t('spPlaces', { n: p.capacity })}</span>
          </>
        )}
      </td>
      <td data-label={t('spContact')}>
        {p.phone && (
          <span data-testid="provider-phone-text">
            {p.phone}
            <br />
          </span>
        )}
        {p.address && <span data-testid="provider-address-text">{p.address}</span>}
        {p.privateAddress && (
          <span data-testid="provider-private-address-text">
            <span className="muted">{t('spPrivateAddress')}: </span>
            {p.privateAddress}
          </span>
        )}
        {p.privateAddressHidden && (
          <span className="muted" data-testid="provider-address-hidden">
            {t('spAddressHidden')}
          </span>
        )}
      </td>
      <td>
        {p.canEdit && (
          <div className="actions provider-actions">
            <button type="button" className="secondary small" onClick={onEdit} data-testid="provider-edit">
              {t('spEdit')}
            </button>
            <button
              type="button"
              className="secondary small"
              onClick={onToggle}
              data-testid="provider-toggle"
            >
              {p.isActive ? t('spDeactivate') : t('spActivate')}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}

export function ServicesPage({ me }: { me: Me }) {
  const { t, pick, errorMessage } = useI18n();
  const [kind, setKind] = useState<ProviderKind | ''>('');
  const [service, setService] = useState<Service | ''>('');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [q, setQ] = useState('');
  const [inactive, setInactive] = useState(false);
  const [items, setItems] = useState<ServiceProvider[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<ServiceProvider | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const manager = mayManageSomewhere(me);

  const load = useCallback(async () => {
    try {
      const r = await api.get<Items<ServiceProvider>>('/service-providers', {
        kind,
        service,
        unitId: unit?.id,
        q: q.trim(),
        inactive: inactive ? 'true' : undefined,
      });
      setItems(r.items);
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [kind, service, unit, q, inactive]);

  useEffect(() => {
    const timer = setTimeout(() => void load(), 200);
    return () => clearTimeout(timer);
  }, [load]);

  const toggle = async (p: ServiceProvider) => {
    try {
      await api.patch(`/service-providers/${p.id}`, { isActive: !p.isActive });
      await load();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="services-title">
      <h1 id="services-title" data-testid="services-title">
        {t('navServices')}
      </h1>
      <p className="muted">{t('spIntro')}</p>
      <Notice text={notice} />
      {editing !== null ? (
        <ServiceProviderForm
          key={editing === 'new' ? 'new' : editing.id}
          provider={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onDone={(p, isNew) => {
            setEditing(null);
            setNotice(t(isNew ? 'spCreated' : 'spSaved', { name: p.name }));
            void load();
          }}
        />
      ) : (
        manager && (
          <p>
            <button type="button" onClick={() => setEditing('new')} data-testid="provider-add">
              {t('spAdd')}
            </button>
          </p>
        )
      )}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('spKind')}>
          {(p) => (
            <select
              {...p}
              value={kind}
              onChange={(e) => setKind(e.target.value as ProviderKind | '')}
              data-testid="services-kind"
            >
              <option value="">{t('spAllKinds')}</option>
              {PROVIDER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {pick(PROVIDER_KIND_LABELS[k], k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('spService')}>
          {(p) => (
            <select
              {...p}
              value={service}
              onChange={(e) => setService(e.target.value as Service | '')}
              data-testid="services-service"
            >
              <option value="">{t('spAllServices')}</option>
              {SERVICES.map((s) => (
                <option key={s} value={s}>
                  {pick(SERVICE_LABELS[s], s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <UnitPicker
          label={t('spArea')}
          value={unit}
          onChange={setUnit}
          hint={t('spAreaHint')}
          testId="services-unit"
        />
        <Field label={t('spSearch')} className="grow">
          {(p) => (
            <input
              {...p}
              type="search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              autoComplete="off"
              data-testid="services-search"
            />
          )}
        </Field>
        {manager && (
          <div className="field check">
            <label>
              <input
                type="checkbox"
                checked={inactive}
                onChange={(e) => setInactive(e.target.checked)}
                data-testid="services-inactive"
              />{' '}
              {t('spShowInactive')}
            </label>
          </div>
        )}
      </form>
      <ErrorBox errors={error ? errorMessage(error) : null} testId="services-error" />
      {items === null ? (
        error ? null : (
          <Loading />
        )
      ) : items.length === 0 ? (
        <p className="muted" data-testid="services-empty">
          {t('spNone')}
        </p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('spCount', { n: items.length })}
          </p>
          <table className="stack" data-testid="services-table">
            <thead>
              <tr>
                <th scope="col">{t('spName')}</th>
                <th scope="col">{t('spServices')}</th>
                <th scope="col">{t('spWhere')}</th>
                <th scope="col">{t('spContact')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <ProviderRow
                  key={p.id}
                  p={p}
                  onEdit={() => {
                    setNotice(null);
                    setEditing(p);
                  }}
                  onToggle={() => void toggle(p)}
                />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
