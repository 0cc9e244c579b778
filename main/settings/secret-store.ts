import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../common/atomic-write';
import { UserFacingError } from '../common/errors';

/**
 * Where credentials live (the team glossary's access token), never in settings.json and never sent to
 * the renderer. Hosts pick the implementation in their composition root: the desktop app encrypts with
 * the operating system's keychain (Electron's safeStorage, given to `FileSecretStore` as a `SecretCipher`
 * by main/shell); the web host and the CLI keep secrets in a private file (mode 0600) under the data home.
 */
export interface SecretStore {
  /** How stored secrets are protected, to tell the translator. */
  readonly protection: SecretProtection;
  get(name: string): Promise<string | undefined>;
  /** Stores a secret; `undefined` removes it. */
  set(name: string, value: string | undefined): Promise<void>;
}

/** `os-encrypted`: encrypted by the OS keychain (DPAPI, Keychain, libsecret); `private-file`: readable by this user only. */
export type SecretProtection = 'os-encrypted' | 'private-file';

/** Encryption by the operating system's keychain. Only the Electron shell can make one (safeStorage). */
export interface SecretCipher {
  encrypt(plain: string): Uint8Array;
  decrypt(data: Uint8Array): string;
}

export const SECRETS_FILE_NAME = 'secrets.json';
const FILE_MODE = 0o600;

const secretsFileSchema = z.object({
  format: z.literal('duizhao-secrets'),
  version: z.literal(1),
  secrets: z.record(z.string(), z.object({ protection: z.enum(['os-encrypted', 'private-file']), value: z.string() })),
});
type SecretsFile = z.infer<typeof secretsFileSchema>;

/**
 * Secrets in `<data home>/secrets.json`, written atomically with mode 0600 (and tightened to 0600 when
 * found looser). With a cipher each value is stored encrypted (base64 of the keychain's ciphertext), and a
 * value stored in the clear by a host without one is encrypted the next time it is read. Without a cipher
 * an encrypted value cannot be read: that is a clear error, and the file is left as it is.
 * A file that is not a secrets file is never overwritten.
 */
export class FileSecretStore implements SecretStore {
  readonly protection: SecretProtection;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: { file: string; cipher?: SecretCipher }) {
    this.protection = options.cipher ? 'os-encrypted' : 'private-file';
  }

  static inDataHome(dataHome: string, cipher?: SecretCipher): FileSecretStore {
    return new FileSecretStore({ file: path.join(dataHome, SECRETS_FILE_NAME), cipher });
  }

  get file(): string {
    return this.options.file;
  }

  get(name: string): Promise<string | undefined> {
    return this.serialized(async () => {
      const stored = await this.read();
      const record = stored.secrets[name];
      if (!record) return undefined;
      const value = this.decode(name, record);
      if (record.protection === 'private-file' && this.options.cipher) {
        // Written by the web host or the CLI: encrypt it now that the keychain is at hand.
        await this.write({ ...stored, secrets: { ...stored.secrets, [name]: this.encode(value) } });
      }
      return value;
    });
  }

  set(name: string, value: string | undefined): Promise<void> {
    return this.serialized(async () => {
      const stored = await this.read();
      const secrets = { ...stored.secrets };
      if (value === undefined) {
        if (!(name in secrets)) return;
        delete secrets[name];
      } else {
        secrets[name] = this.encode(value);
      }
      await this.write({ ...stored, secrets });
    });
  }

  private encode(value: string): SecretsFile['secrets'][string] {
    const cipher = this.options.cipher;
    return cipher ? { protection: 'os-encrypted', value: Buffer.from(cipher.encrypt(value)).toString('base64') } : { protection: 'private-file', value };
  }

  private decode(name: string, record: SecretsFile['secrets'][string]): string {
    if (record.protection === 'private-file') return record.value;
    const cipher = this.options.cipher;
    if (!cipher) {
      throw new UserFacingError(
        'SECRET_ENCRYPTED',
        `The stored ${describe(name)} was encrypted by the Duizhao desktop app and cannot be read here.`,
        'Open the desktop app, or give the token again here (`duizhao glossary team set URL --token TOKEN`).',
      );
    }
    try {
      return cipher.decrypt(Buffer.from(record.value, 'base64'));
    } catch (error) {
      throw new UserFacingError(
        'SECRET_UNREADABLE',
        `The stored ${describe(name)} cannot be decrypted (${(error as Error).message}).`,
        'It may have been encrypted for another user or computer: give the token again in the Team panel.',
      );
    }
  }

  private async read(): Promise<SecretsFile> {
    let text: string;
    try {
      text = await fs.readFile(this.options.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { format: 'duizhao-secrets', version: 1, secrets: {} };
      throw error;
    }
    let parsed: ReturnType<typeof secretsFileSchema.safeParse>;
    try {
      parsed = secretsFileSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = secretsFileSchema.safeParse(undefined);
    }
    if (!parsed.success) {
      throw new UserFacingError(
        'SECRETS_FILE_INVALID',
        `${this.options.file} is not a Duizhao secrets file; it was left untouched.`,
        'Move it away (Duizhao then starts a new one) and give the access token again.',
      );
    }
    await this.tighten();
    return parsed.data;
  }

  /** A copied or restored file may have come back readable by others: make it private again. */
  private async tighten(): Promise<void> {
    if (process.platform === 'win32') return;
    const stat = await fs.stat(this.options.file);
    if ((stat.mode & 0o077) !== 0) await fs.chmod(this.options.file, FILE_MODE);
  }

  private async write(file: SecretsFile): Promise<void> {
    await writeFileAtomic(this.options.file, JSON.stringify(file, null, 2) + '\n', { mode: FILE_MODE });
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function describe(name: string): string {
  return name.startsWith('team.') ? 'team glossary access token' : `secret "${name}"`;
}
