/**
 * Whether two names written by two people name the same person: case, accents' encodings (NFC/NFD), and spaces
 * do not matter. Used before a shared file from one employee is imported into a dialogue (issue #16): a file
 * from someone else needs the manager's explicit confirmation.
 */
export function sameName(a: string, b: string): boolean {
  const normal = (name: string) => name.normalize('NFC').toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();
  return normal(a) === normal(b);
}
