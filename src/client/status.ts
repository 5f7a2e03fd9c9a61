/**
 * The language status item ("Drydock: 3 findings") for the active file; clicking opens the log.
 * Language status is VS Code's place for per-file tool state, so no status bar item is used.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { StatusParams } from '../shared/protocol';

type ServerState = 'starting' | 'running' | 'failed';

export class FindingsStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly byUri = new Map<string, StatusParams>();
  private state: ServerState = 'starting';
  private readonly disposables: vscode.Disposable[] = [];

  constructor(_client: BaseLanguageClient) {
    this.item = vscode.languages.createLanguageStatusItem('drydock.status', { pattern: '**' });
    this.item.name = 'Drydock';
    this.item.command = { title: 'Show log', command: 'drydock.showOutput' };
    this.disposables.push(vscode.window.onDidChangeActiveTextEditor(() => this.render()));
    this.render();
  }

  setState(state: ServerState): void {
    this.state = state;
    this.render();
  }

  update(params: StatusParams): void {
    this.byUri.set(params.uri, params);
    this.render();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const entry = uri ? this.byUri.get(uri) : undefined;
    this.item.busy = this.state === 'starting';
    this.item.severity =
      this.state === 'failed'
        ? vscode.LanguageStatusSeverity.Error
        : entry?.configProblems?.length
          ? vscode.LanguageStatusSeverity.Warning
          : vscode.LanguageStatusSeverity.Information;
    if (this.state === 'failed') this.item.text = 'Drydock: server failed';
    else if (entry?.skipped) this.item.text = `Drydock: skipped (${entry.skipped})`;
    else if (entry)
      this.item.text =
        entry.findings === 0 ? 'Drydock: no findings' : `Drydock: ${entry.findings} finding${entry.findings === 1 ? '' : 's'}`;
    else this.item.text = 'Drydock';
    this.item.detail = entry?.configProblems?.length
      ? `Config problems: ${entry.configProblems.join('; ')}`
      : 'Dockerfile, workflow and secret checks';
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
