/**
 * Adding or changing a service provider. A private host has no public address: its address goes in
 * the private field (sealed by the server). When editing, the private address is sent only if the
 * user changed it, so someone who cannot see it does not wipe it.
 */
import { parseNumber } from '../../../src/core/numbers/number-text.ts';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { ProviderKind, Service, ServiceProvider } from '../api/service-types.ts';
import { ErrorBox, LocalErrors, useFormErrors } from '../components/Feedback.tsx';
import { Field } from '../components/Field.tsx';
import { UnitPicker, type PickedUnit } from '../components/UnitPicker.tsx';
import { useI18n } from '../i18n.ts';
import { PROVIDER_KINDS, PROVIDER_KIND_LABELS, SERVICES, SERVICE_LABELS } from '../service-labels.ts';

const text = (s: string) => s.trim() || null;

/** The service a type of provider naturally offers, ticked when that type is chosen. */
const KIND_SERVICE: Partial<Record<ProviderKind, Service>> = {
  trusted_address: 'shelter',
  shelter: 'shelter',
  health: 'health',
  police: 'police',
  legal_aid: 'legal_aid',
  psychosocial: 'psychosocial',
  hotline: 'psychosocial',
};

export function ServiceProviderForm({
  provider,
  onDone,
  onCancel,
}: {
  /** null: a new provider. */
  provider: ServiceProvider | null;
  onDone: (p: ServiceProvider, isNew: boolean) => void;
  onCancel: () => void;
}) {
  const { t, pick, lang } = useI18n();
  const [name, setName] = useState(provider?.name ?? '');
  const [kind, setKind] = useState<ProviderKind>(provider?.kind ?? 'trusted_address');
  // A new provider offers nothing until someone says so (a health centre is no shelter).
  const [services, setServices] = useState<Service[]>(provider?.services ?? []);
  /** The service ticked for the type chosen, untouched by the user since (so a new type replaces it). */
  const [preselected, setPreselected] = useState<Service | null>(null);
  const [unit, setUnit] = useState<PickedUnit | null>(
    provider ? { id: provider.unitId, label: provider.unitName } : null,
  );
  const [coversProvince, setCoversProvince] = useState(provider?.coversProvince ?? false);
  const [capacity, setCapacity] = useState(provider?.capacity?.toString() ?? '');
  const [phone, setPhone] = useState(provider?.phone ?? '');
  const [privateHost, setPrivateHost] = useState(provider?.privateHost ?? false);
  const [address, setAddress] = useState(provider?.address ?? '');
  const [privateAddress, setPrivateAddress] = useState(provider?.privateAddress ?? '');
  const [privateTouched, setPrivateTouched] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(problem);
  const formRef = useRef<HTMLFormElement>(null);
  // opened from a row far down the list: bring the form into view
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'start' });
  }, []);
  const labels = {
    name: t('spName'),
    kind: t('spKind'),
    services: t('spServices'),
    unitId: t('spArea'),
    capacity: t('spCapacity'),
    phone: t('spPhone'),
    address: t('spAddress'),
    privateAddress: t('spPrivateAddress'),
  };

  const toggleService = (s: Service, on: boolean) => {
    if (s === preselected) setPreselected(null);
    setServices(
      on ? SERVICES.filter((x) => x === s || services.includes(x)) : services.filter((x) => x !== s),
    );
  };
  /** The services follow the type: its natural service is ticked, the one ticked for the last type dropped. */
  const chooseKind = (k: ProviderKind) => {
    setKind(k);
    const natural = KIND_SERVICE[k];
    const kept = services.filter((x) => x !== preselected);
    setServices(
      natural && !kept.includes(natural) ? SERVICES.filter((x) => x === natural || kept.includes(x)) : kept,
    );
    setPreselected(natural && !kept.includes(natural) ? natural : null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const cap = capacity.trim();
    const local = new LocalErrors({
      ...(name.trim() ? {} : { name: 'required' as const }),
      ...(unit ? {} : { unitId: 'unitRequired' as const }),
      ...(cap === '' || isCount(parseNumber(cap, lang)) ? {} : { capacity: 'invalidNumber' as const }),
    });
    if (local.any) {
      setProblem(local);
      return;
    }
    const body = {
      name: name.trim(),
      kind,
      services,
      ...(provider === null || unit?.id !== provider.unitId ? { unitId: unit?.id } : {}),
      coversProvince,
      capacity: cap === '' ? null : parseNumber(cap, lang),
      phone: text(phone),
      privateHost,
      address: privateHost ? null : text(address),
      ...(privateHost && (provider === null || privateTouched)
        ? { privateAddress: text(privateAddress) }
        : {}),
    };
    setBusy(true);
    setProblem(null);
    try {
      const r =
        provider === null
          ? await api.post<{ serviceProvider: ServiceProvider }>('/service-providers', body)
          : await api.patch<{ serviceProvider: ServiceProvider }>(`/service-providers/${provider.id}`, body);
      onDone(r.serviceProvider, provider === null);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="card"
      onSubmit={(e) => void submit(e)}
      data-testid="provider-form"
      noValidate
    >
      <h2>{provider ? t('spEditTitle', { name: provider.name }) : t('spAdd')}</h2>
      <div className="grid">
        <Field label={t('spName')} error={errors?.fields.name}>
          {(p) => (
            <input
              {...p}
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={200}
              data-testid="provider-name"
            />
          )}
        </Field>
        <Field label={t('spKind')} error={errors?.fields.kind}>
          {(p) => (
            <select
              {...p}
              value={kind}
              onChange={(e) => chooseKind(e.target.value as ProviderKind)}
              data-testid="provider-kind"
            >
              {PROVIDER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {pick(PROVIDER_KIND_LABELS[k], k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <UnitPicker
          label={t('spArea')}
          value={unit}
          onChange={setUnit}
          error={errors?.fields.unitId}
          testId="provider-unit"
        />
        <Field label={t('spCapacity')} error={errors?.fields.capacity}>
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={capacity}
              onChange={(e) => setCapacity(e.target.value)}
              data-testid="provider-capacity"
            />
          )}
        </Field>
        <Field label={t('spPhone')} hint={t('spPhoneHint')} error={errors?.fields.phone}>
          {(p) => (
            <input
              {...p}
              type="tel"
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              maxLength={40}
              data-testid="provider-phone"
            />
          )}
        </Field>
      </div>
      <fieldset data-testid="provider-services">
        <legend>{t('spServices')}</legend>
        <div className="provider-services">
          {SERVICES.map((s) => (
            <div key={s} className="field check">
              <label>
                <input
                  type="checkbox"
                  checked={services.includes(s)}
                  onChange={(e) => toggleService(s, e.target.checked)}
                  data-testid={`provider-service-${s}`}
                />{' '}
                {pick(SERVICE_LABELS[s], s)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="field check">
        <label>
          <input
            type="checkbox"
            checked={coversProvince}
            onChange={(e) => setCoversProvince(e.target.checked)}
            data-testid="provider-covers-province"
          />{' '}
          {t('spCoversProvince')}
        </label>
      </div>
      <div className="field check">
        <label>
          <input
            type="checkbox"
            checked={privateHost}
            onChange={(e) => setPrivateHost(e.target.checked)}
            data-testid="provider-private-host"
          />{' '}
          {t('spPrivateHost')}
        </label>
      </div>
      {privateHost ? (
        <Field
          label={t('spPrivateAddress')}
          hint={provider?.privateAddressHidden ? t('spPrivateAddressHiddenHint') : t('spPrivateHostHint')}
          error={errors?.fields.privateAddress}
        >
          {(p) => (
            <input
              {...p}
              value={privateAddress}
              onChange={(e) => {
                setPrivateAddress(e.target.value);
                setPrivateTouched(true);
              }}
              maxLength={500}
              autoComplete="off"
              data-testid="provider-private-address"
            />
          )}
        </Field>
      ) : (
        <Field label={t('spAddress')} error={errors?.fields.address}>
          {(p) => (
            <input
              {...p}
              value={address}
              onChange={(e) => setAddress(e.target.value)}
              maxLength={500}
              data-testid="provider-address"
            />
          )}
        </Field>
      )}
      <ErrorBox errors={errors} labels={labels} testId="provider-error" />
      <div className="actions">
        <button type="submit" disabled={busy} data-testid="provider-submit">
          {provider ? t('save') : t('create')}
        </button>
        <button type="button" className="secondary" onClick={onCancel} data-testid="provider-cancel">
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** A number of places: a whole number, not negative ("1.200" in Vietnamese is 1200). */
const isCount = (n: number) => Number.isInteger(n) && n >= 0 && n <= 10_000_000;
