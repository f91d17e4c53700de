// Editor settings per document: defaults < initializationOptions < the client's `tradeoff` section, fetched
// with workspace/configuration when the client supports it (else taken from didChangeConfiguration).
import { mergeSettings, parseSettings, type TradeoffSettings } from './settings';

export const SETTINGS_SECTION = 'tradeoff';

/** Asks the client for the `tradeoff` section scoped to a document. */
export type FetchSettings = (uri: string) => Promise<unknown>;

export class SettingsStore {
  private readonly perDocument = new Map<string, Promise<TradeoffSettings>>();
  /** Settings pushed with didChangeConfiguration, for clients without workspace/configuration. */
  private pushed: Partial<TradeoffSettings> = {};

  constructor(
    private readonly launch: Partial<TradeoffSettings>,
    private readonly fetch: FetchSettings | null,
    private readonly log: (message: string) => void,
  ) {}

  get(uri: string): Promise<TradeoffSettings> {
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  /** On workspace/didChangeConfiguration: forget what was fetched; keep pushed settings if there are any. */
  changed(pushedSettings: unknown): void {
    this.perDocument.clear();
    if (!this.fetch && isRecord(pushedSettings)) this.pushed = parseSettings(pushedSettings[SETTINGS_SECTION]);
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }

  private async load(uri: string): Promise<TradeoffSettings> {
    if (!this.fetch) return mergeSettings(this.launch, this.pushed);
    try {
      return mergeSettings(this.launch, parseSettings(await this.fetch(uri)));
    } catch (err) {
      this.log(`Reading the '${SETTINGS_SECTION}' settings failed, using the defaults: ${(err as Error).message}`);
      this.perDocument.delete(uri);
      return mergeSettings(this.launch);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
