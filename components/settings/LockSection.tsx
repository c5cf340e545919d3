import { useState } from 'preact/hooks';
import { RadioGroup } from '../ui/RadioGroup';
import { TextField } from '../ui/TextField';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  state: 'off' | 'locked' | 'unlocked';
  autoLockMinutes: number;
  onEnable: (passphrase: string) => Promise<boolean>;
  onDisable: () => Promise<boolean>;
  onLockNow: () => void;
  onAutoLockMinutes: (minutes: number) => void;
}

const MIN_PASSPHRASE = 8;

/** Turning the optional lock on and off, and how soon it locks itself. */
export function LockSection({ state, autoLockMinutes, onEnable, onDisable, onLockNow, onAutoLockMinutes }: Props) {
  const { t } = useAreaI18n();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const problem = passphrase.length > 0 && passphrase.length < MIN_PASSPHRASE ? t('lockTooShort') : repeat.length > 0 && repeat !== passphrase ? t('lockMismatch') : null;
  return (
    <section class="stack" aria-labelledby="lock-heading">
      <h2 id="lock-heading">{t('lockHeading')}</h2>
      <p>{t('lockIntro')}</p>
      <p class="notice">
        <strong>{t('lockWarning')}</strong>
      </p>
      {state === 'off' ? (
        <form
          class="stack"
          onSubmit={async (event) => {
            event.preventDefault();
            if (problem || passphrase.length < MIN_PASSPHRASE || repeat !== passphrase) return;
            setBusy(true);
            if (await onEnable(passphrase)) {
              setPassphrase('');
              setRepeat('');
            }
            setBusy(false);
          }}
        >
          <TextField label={t('lockPassphrase')} type="password" multiline={false} value={passphrase} onInput={setPassphrase} />
          <TextField label={t('lockPassphraseRepeat')} type="password" multiline={false} value={repeat} onInput={setRepeat} />
          {problem && <p role="alert">{problem}</p>}
          <button type="submit" class="primary" disabled={busy || passphrase.length < MIN_PASSPHRASE || repeat !== passphrase}>
            {busy ? t('lockWorking') : t('lockTurnOn')}
          </button>
        </form>
      ) : (
        <>
          <p>{t('lockIsOn')}</p>
          <RadioGroup
            inline
            legend={t('lockAutoAfter')}
            name="autoLock"
            options={[
              ['5', '5'],
              ['10', '10'],
              ['30', '30'],
            ]}
            value={String(autoLockMinutes) as '5' | '10' | '30'}
            onChange={(minutes) => onAutoLockMinutes(Number(minutes))}
          />
          <div class="actions">
            <button type="button" class="primary" onClick={onLockNow}>
              {t('lockNow')}
            </button>
            <button type="button" class="secondary" disabled={busy} onClick={async () => (setBusy(true), await onDisable(), setBusy(false))}>
              {t('lockTurnOff')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
