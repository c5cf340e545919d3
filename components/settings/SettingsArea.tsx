import '../ui/areas.css';
import type { BackupProblem } from '../../lib/files/backup';
import type { RestoreLockProblem } from '../../lib/files/restore';
import type { Translate } from '../../lib/i18n';
import { languageLocked } from '../../lib/domain/policy';
import type { Route } from '../../lib/state/router';
import { DataSection } from './DataSection';
import { GuideUpdateView } from '../dialogue/GuideUpdateView';
import { LockSection } from './LockSection';
import { Settings } from './Settings';
import { fileProblemMessage } from '../ui/file-problems';
import { useAreaI18n } from '../ui/i18n';
import type { AreaProps } from '../panel/area-props';

interface Props extends AreaProps<Extract<Route, { name: 'settings' | 'guideUpdate' }>> {
  /** Asks for (or gives back) the optional permissions reminders need; resolves to whether they were granted. */
  requestReminderPermissions: (enabled: boolean) => Promise<boolean>;
  canOpenPanelEverywhere: boolean;
}

function backupProblemMessage(problem: BackupProblem | RestoreLockProblem, t: Translate): string {
  switch (problem.kind) {
    case 'lockPassphraseNeeded':
      return t('restoreLockPassphraseNeeded');
    case 'wrongLockPassphrase':
      return t('restoreWrongLockPassphrase');
    case 'sealedWithoutLock':
      return t('restoreSealedWithoutLock');
    case 'panelLocked':
      return t('restorePanelLocked');
    case 'passphraseNeeded':
      return t('backupPassphraseNeeded');
    case 'wrongPassphrase':
      return t('backupWrongPassphrase');
    default:
      return fileProblemMessage(problem, t, 'backup');
  }
}

/** Settings (language, panel, reminders, the lock, backups) and the review of UiO's changed guide wording. */
export function SettingsArea({ store, route, exporter, today, requestReminderPermissions, canOpenPanelEverywhere }: Props) {
  const { t } = useAreaI18n();
  const preferences = store.preferences.value;
  if (route.name === 'guideUpdate') {
    return (
      <GuideUpdateView
        url={store.guidePages.value[route.language]?.url ?? ''}
        pending={store.pendingWording(route.language)}
        onChoose={(wording) => void store.useGuideWording(route.language, wording)}
        onBack={() => store.navigate({ name: 'home' })}
      />
    );
  }
  return (
    <Settings
      preferences={preferences}
      showPrivacy={route.name === 'settings' && route.section === 'privacy'}
      onChange={(changes) => void store.savePreferences(changes)}
      languageLocked={languageLocked(store.policy.value)}
      canOpenPanelEverywhere={canOpenPanelEverywhere}
      onReminders={async (enabled) => {
        const granted = await requestReminderPermissions(enabled);
        const on = enabled && granted;
        await store.savePreferences({ remindersEnabled: on });
        return on;
      }}
      lockSection={
        <LockSection
          state={store.lock.state.value}
          autoLockMinutes={preferences.autoLockMinutes}
          onEnable={(passphrase) => store.lock.enable(passphrase)}
          onDisable={() => store.lock.disable()}
          onLockNow={() => void store.lock.lockNow()}
          onAutoLockMinutes={(autoLockMinutes) => void store.savePreferences({ autoLockMinutes })}
        />
      }
      dataSection={
        <DataSection
          lastBackupAt={preferences.lastBackupAt}
          persisted={store.persisted.value}
          onBackup={async (passphrase) => {
            const text = await store.backup(passphrase);
            return text === undefined ? null : exporter.saveText(text, `samtale-backup-${today()}.json`, 'application/json');
          }}
          onCheckRestore={async (file, passphrase, lockPassphrase, restoreTheRest) => {
            const result = await store.checkRestore(file, passphrase, lockPassphrase, restoreTheRest);
            if (result.ok) return result;
            const kind = result.problem.kind;
            return {
              ok: false,
              message: backupProblemMessage(result.problem, t),
              needsPassphrase: kind === 'passphraseNeeded' || kind === 'wrongPassphrase',
              needsLockPassphrase: kind === 'lockPassphraseNeeded' || kind === 'wrongLockPassphrase',
              leftOut: result.leftOut,
            };
          }}
          onPrepareRestore={() => void store.prepareRestore()}
          onRestore={(onProgress) => store.applyRestore(onProgress)}
          onDeleteAll={() => store.deleteAllData()}
        />
      }
    />
  );
}
