import { readFileSync } from 'node:fs';
import { Settings } from './settings';

/**
 * Reads and checks the settings file; with no file, the defaults. Throws an Error whose message
 * names the file and every bad value by its path ("sites.0.origins.1: an origin ...").
 *
 * @example const settings = loadSettings(process.env.SETTINGS_FILE);
 */
export function loadSettings(file?: string): Settings {
  let raw: unknown = {};
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`SETTINGS_FILE=${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new Error(`SETTINGS_FILE=${file}: not valid JSON (${(error as Error).message})`);
    }
  }
  const result = Settings.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new Error(`invalid settings in ${file ?? 'the defaults'}:\n${problems.join('\n')}`);
  }
  return result.data;
}
