import type { Language } from '../lib/guide/types';
import type { Preferences } from '../lib/schema';
import { useI18n } from './i18n';

interface Props {
  preferences: Preferences;
  onChange: (changes: Partial<Preferences>) => void;
}

export function Settings({ preferences, onChange }: Props) {
  const { t } = useI18n();
  const languages: Array<[Language | 'auto', string]> = [
    ['auto', t('languageAuto')],
    ['en', t('languageEn')],
    ['nb', t('languageNb')],
  ];
  return (
    <section class="stack" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settingsHeading')}</h1>
      <fieldset>
        <legend>{t('settingsInterfaceLanguage')}</legend>
        {languages.map(([value, label]) => (
          <label class="choice" key={value}>
            <input type="radio" name="interfaceLanguage" checked={preferences.language === value} onChange={() => onChange({ language: value })} />
            {label}
          </label>
        ))}
      </fieldset>
      <label class="choice">
        <input type="checkbox" checked={preferences.panelEverywhere} onChange={(event) => onChange({ panelEverywhere: event.currentTarget.checked })} />
        {t('settingsPanelEverywhere')}
      </label>
      <p class="hint">{t('privacyShort')}</p>
    </section>
  );
}
