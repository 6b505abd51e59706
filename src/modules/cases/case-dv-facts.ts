/**
 * Acts of domestic violence (Law 13/2022 Art. 3(1)) are recorded only on a case marked as domestic
 * violence: acts on an unmarked case would count in the statistics by act but not as domestic
 * violence. The web form clears them when the mark is taken off; the server refuses the mix.
 */
import { AppError } from '../../core/errors/app-error.ts';

export function refuseActsWithoutDomesticViolence(c: {
  domesticViolence: boolean;
  dvActs: readonly string[];
}): void {
  if (c.dvActs.length > 0 && !c.domesticViolence)
    throw new AppError('VALIDATION_FAILED', [
      {
        path: 'dvActs',
        message: 'Chỉ ghi hành vi bạo lực gia đình khi vụ việc là bạo lực gia đình.',
        messageEn: 'Acts of domestic violence are recorded only on a case marked as domestic violence.',
      },
    ]);
}
