import type { FileProblem, SamtaleFileKind } from '../../lib/files/file-text';
import type { MessageKey, Translate } from '../../lib/i18n';

const MESSAGE_OF = {
  otherKind: 'OtherKind',
  tooLarge: 'TooLarge',
  notJson: 'NotJson',
  foreign: 'Foreign',
  newerVersion: 'Newer',
  invalid: 'Invalid',
  passphraseNeeded: 'PassphraseNeeded',
  wrongPassphrase: 'WrongPassphrase',
} as const satisfies Record<FileProblem['kind'], string>;

const OTHER_KIND = {
  backup: 'fileIsBackup',
  sharedPoints: 'fileIsSharedPoints',
  outcome: 'fileIsOutcome',
  planUpdate: 'fileIsPlanUpdate',
  protected: 'fileIsProtected',
} as const satisfies Record<SamtaleFileKind, MessageKey>;

/** Why a file was refused, in the words of the file it was meant to be (a shared file, a backup). */
export function fileProblemMessage(problem: FileProblem, t: Translate, file: 'import' | 'backup'): string {
  // Another of Samtale's files is named as what it is, wherever it was opened.
  if (problem.kind === 'otherKind') return t(OTHER_KIND[problem.fileKind]);
  const key = `${file}${MESSAGE_OF[problem.kind]}` as `${typeof file}${Exclude<(typeof MESSAGE_OF)[keyof typeof MESSAGE_OF], 'OtherKind'>}`;
  return problem.kind === 'invalid' ? t(key as `${typeof file}Invalid`, { detail: problem.detail }) : t(key);
}
