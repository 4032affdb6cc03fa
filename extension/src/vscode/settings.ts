// Reads the `zeroTrust.*` settings (resource-scoped, so a folder can override them). Changes apply without a reload:
// the extension reads them again on every `onDidChangeConfiguration` that affects the section.
import * as vscode from 'vscode';

import type { Settings } from '../core/settings';

import { CONFIG_SECTION } from '../core/constants';
import { parseSettings } from '../core/settings';

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return parseSettings(key => config.get<unknown>(key));
}
