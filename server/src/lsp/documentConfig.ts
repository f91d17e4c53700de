// The repo config (.tradeoff.jsonc) that applies to an open document; non-file documents get the defaults.
import { fileURLToPath, pathToFileURL } from 'url';
import { defaultConfig, loadConfigForFile, type ConfigForFile } from '../config';

/** The loader caches by file stamp, so asking on every analysis is cheap and never stale. */
export function configForDocument(uri: string, log: (message: string) => void): ConfigForFile {
  const filePath = filePathOf(uri);
  if (!filePath) return { ...defaultConfig(), ignored: false };
  try {
    return loadConfigForFile(filePath);
  } catch (err) {
    // The loader promises not to throw; if it does, the defaults keep the document analysed.
    log(`Loading the config for ${filePath} failed: ${(err as Error).stack ?? err}`);
    return { ...defaultConfig(), ignored: false };
  }
}

export function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function fileUriOf(filePath: string): string {
  return pathToFileURL(filePath).toString();
}
