/** The survivor's consent per purpose, recorded or withdrawn by the case team. */
import type { Case, ConsentPurpose } from '../api/case-types.ts';
import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n.ts';

export const PURPOSES: ConsentPurpose[] = [
  'statistics',
  'referral:shelter',
  'referral:health',
  'referral:police',
  'referral:legal_aid',
  'referral:psychosocial',
  'referral:livelihood',
  'referral:other',
];

export function CaseConsents({
  kase,
  onSet,
}: {
  kase: Case;
  onSet: (purpose: ConsentPurpose, granted: boolean) => void;
}) {
  const { t } = useI18n();
  const current = new Map(kase.consents.map((c) => [c.purpose, c]));
  return (
    <section className="card" aria-labelledby="consents-title" data-testid="case-consents">
      <h2 id="consents-title">{t('consentTitle')}</h2>
      <p className="muted">{t('consentHint')}</p>
      <table>
        <tbody>
          {PURPOSES.map((p) => {
            const c = current.get(p);
            return (
              <tr
                key={p}
                data-testid="consent-row"
                data-purpose={p}
                data-granted={c?.granted ? 'true' : 'false'}
              >
                <th scope="row">{t(`purpose_${p}`)}</th>
                <td>
                  {c?.granted ? t('granted') : t('notGranted')}
                  {c && <span className="muted"> ({formatDateTime(c.recordedAt)})</span>}
                </td>
                <td>
                  {kase.abilities.edit && (
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => onSet(p, !c?.granted)}
                      data-testid={`consent-toggle-${p}`}
                    >
                      {c?.granted ? t('withdraw') : t('grant')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
