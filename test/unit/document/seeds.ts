import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The five seed articles in test/fixtures/, by their three-digit number. */
export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const seedFiles = readdirSync(fixturesDir).filter((name) => /^\d{3}_.*\.txt$/.test(name)).sort();

export function seedPath(number: string): string {
  const name = seedFiles.find((file) => file.startsWith(`${number}_`));
  if (!name) throw new Error(`no seed ${number} in ${fixturesDir}`);
  return fixturesDir + name;
}

export function seedText(number: string): string {
  return readFileSync(seedPath(number), 'utf8');
}
