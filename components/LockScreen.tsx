import { useState } from 'preact/hooks';
import { TextField } from './TextField';
import { useAreaI18n } from './i18n';

/** Shown instead of everything else while the lock is closed. */
export function LockScreen({ onUnlock }: { onUnlock: (passphrase: string) => Promise<boolean> }) {
  const { t } = useAreaI18n();
  const [passphrase, setPassphrase] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="stack lock-screen"
      aria-labelledby="locked-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const ok = await onUnlock(passphrase);
        setBusy(false);
        setWrong(!ok);
        if (ok) setPassphrase('');
      }}
    >
      <h1 id="locked-heading">{t('lockedHeading')}</h1>
      <p>{t('lockedHint')}</p>
      <TextField label={t('lockPassphrase')} type="password" multiline={false} value={passphrase} onInput={setPassphrase} autoFocus />
      {wrong && <p role="alert">{t('wrongPassphrase')}</p>}
      <button type="submit" class="primary" disabled={busy || passphrase === ''}>
        {t('unlock')}
      </button>
    </form>
  );
}
