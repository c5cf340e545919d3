import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '../../lib/guide/types';
import type { Preferences } from '../../lib/domain/schema';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  preferences: Preferences;
  onChange: (changes: Partial<Preferences>) => void;
  /** Turning reminders on asks the browser for permission; resolves to whether they are on. */
  onReminders: (enabled: boolean) => Promise<boolean>;
  /** Backup, restore and deleting everything. */
  dataSection: ComponentChildren;
  lockSection: ComponentChildren;
  /** The institution's policy sets the language, and the user cannot change it. */
  languageLocked: boolean;
  /** Whether the browser can offer the panel on any website (Chromium only). */
  canOpenPanelEverywhere: boolean;
  /** Opened to show how the notes are kept (from the first screen): the privacy section first. */
  showPrivacy?: boolean;
}

export function Settings({ preferences, onChange, onReminders, dataSection, lockSection, languageLocked, canOpenPanelEverywhere, showPrivacy = false }: Props) {
  const privacyHeading = useRef<HTMLHeadingElement>(null);
  // Asked for from the first screen: the privacy section is brought into view with the focus on its heading.
  useEffect(() => {
    if (!showPrivacy) return;
    privacyHeading.current?.scrollIntoView({ block: 'start' });
    privacyHeading.current?.focus();
  }, [showPrivacy]);
  const { t } = useAreaI18n();
  const [reminderState, setReminderState] = useState<'idle' | 'asking' | 'refused'>('idle');
  const languages: Array<[Language | 'auto', string]> = [
    ['auto', t('languageAuto')],
    ['en', t('languageEn')],
    ['nb', t('languageNb')],
  ];
  return (
    <section class="stack" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settingsHeading')}</h1>
      <fieldset disabled={languageLocked} aria-describedby={languageLocked ? 'language-locked' : undefined}>
        <legend>{t('settingsInterfaceLanguage')}</legend>
        {languageLocked && (
          <p class="hint" id="language-locked">
            {t('setByOrganisation')}
          </p>
        )}
        {languages.map(([value, label]) => (
          <label class="choice" key={value}>
            <input type="radio" name="interfaceLanguage" checked={preferences.language === value} onChange={() => onChange({ language: value })} />
            {label}
          </label>
        ))}
      </fieldset>
      {canOpenPanelEverywhere && (
        <label class="choice">
          <input type="checkbox" checked={preferences.panelEverywhere} onChange={(event) => onChange({ panelEverywhere: event.currentTarget.checked })} />
          {t('settingsPanelEverywhere')}
        </label>
      )}
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            checked={preferences.remindersEnabled}
            aria-describedby="reminders-hint"
            onChange={async (event) => {
              const box = event.currentTarget;
              const wanted = box.checked;
              // The box shows the stored state until the browser has answered, not the click.
              box.checked = preferences.remindersEnabled;
              // The browser's own question may sit in its toolbar: say that Samtale is waiting for it.
              if (wanted) setReminderState('asking');
              const on = await onReminders(wanted);
              box.checked = on;
              setReminderState(wanted && !on ? 'refused' : 'idle');
            }}
          />
          {t('settingsReminders')}
        </label>
        <p class="hint" id="reminders-hint">
          {t('settingsRemindersHint')}
        </p>
        <p role="status">{reminderState === 'asking' ? t('remindersAsking') : ''}</p>
        {reminderState === 'refused' && <p role="alert">{t('remindersDenied')}</p>}
      </div>
      {lockSection}
      {dataSection}
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading" tabIndex={-1} ref={privacyHeading}>
          {t('privacyHeading')}
        </h2>
        <p>{t('privacyStatement')}</p>
      </section>
    </section>
  );
}
