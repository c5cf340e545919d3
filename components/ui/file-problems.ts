import type { FileProblem } from '../../lib/files/file-text';
import type { Translate } from '../../lib/i18n';

const MESSAGE_OF = {
  tooLarge: 'TooLarge',
  notJson: 'NotJson',
  foreign: 'Foreign',
  newerVersion: 'Newer',
  invalid: 'Invalid',
} as const satisfies Record<FileProblem['kind'], string>;

/** Why a file was refused, in the words of the file it was meant to be (a shared file, a backup). */
export function fileProblemMessage(problem: FileProblem, t: Translate, file: 'import' | 'backup'): string {
  const key = `${file}${MESSAGE_OF[problem.kind]}` as const;
  return problem.kind === 'invalid' ? t(key as `${typeof file}Invalid`, { detail: problem.detail }) : t(key);
}
