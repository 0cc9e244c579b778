import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../common/atomic-write';
import type { Settings, SettingsPatch } from '../api/contract/settings';
import type { SettingsStore } from './store';
import { defaultSettings, mergeSettings, normalizeSettings } from './merge';

export const SETTINGS_FILE_NAME = 'settings.json';

/**
 * Settings as a JSON file (written atomically) for Node hosts and tests. Updates are serialized so two
 * quick updates never lose each other's fields. An unreadable file is kept aside as
 * `settings.json.unreadable-<time>` (never silently thrown away) and defaults are used.
 */
export class FileSettingsStore implements SettingsStore {
  private cached: Settings | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly filePath: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  static inDataHome(dataHome: string): FileSettingsStore {
    return new FileSettingsStore(path.join(dataHome, SETTINGS_FILE_NAME));
  }

  get(): Promise<Settings> {
    return this.serialized(() => this.load());
  }

  update(patch: SettingsPatch): Promise<Settings> {
    return this.serialized(async () => {
      const next = mergeSettings(await this.load(), patch);
      await writeFileAtomic(this.filePath, JSON.stringify(next, null, 2) + '\n');
      this.cached = next;
      return next;
    });
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<Settings> {
    if (this.cached) return this.cached;
    let text: string;
    try {
      text = await fs.readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return (this.cached = defaultSettings());
      throw error;
    }
    try {
      this.cached = normalizeSettings(JSON.parse(text));
    } catch {
      const aside = `${this.filePath}.unreadable-${this.now().toISOString().replace(/[:.]/g, '-')}`;
      await writeFileAtomic(aside, text);
      this.cached = defaultSettings();
    }
    return this.cached;
  }
}
