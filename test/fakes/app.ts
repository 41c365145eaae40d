/** The fake App and Plugin: what the real plugin class is loaded into. */
import { Component } from "./component";
import type { BasesViewRegistration } from "./bases";
import type { FileStore } from "./fileStore";
import { FileManager, MetadataCache, Vault } from "./vault";
import { Workspace } from "./workspace";

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
  minAppVersion: string;
  description: string;
  author: string;
  isDesktopOnly?: boolean;
}

export class App {
  vault: Vault;
  workspace = new Workspace();
  metadataCache: MetadataCache;
  fileManager: FileManager;
  /** The enabled community plugins by id, as other plugins and DataviewJS reach them (not in Obsidian's typings). */
  plugins = { plugins: {} as Record<string, Plugin> };
  constructor(store: FileStore) {
    this.vault = new Vault(store);
    this.metadataCache = new MetadataCache(this.vault);
    this.fileManager = new FileManager(this.vault);
  }
}

export interface Command {
  id: string;
  name: string;
  hotkeys?: unknown[];
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (editor: unknown, view: unknown) => unknown;
}

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown;

export interface MarkdownPostProcessorContext {
  sourcePath: string;
  docId: string;
  frontmatter: unknown;
  addChild(child: Component): void;
  getSectionInfo(el: HTMLElement): null;
}

export class Plugin extends Component {
  readonly commands = new Map<string, Command>();
  readonly codeBlockProcessors = new Map<string, CodeBlockHandler>();
  readonly settingTabs: unknown[] = [];
  readonly statusBarItems: HTMLElement[] = [];
  /** Bases views registered (Obsidian 1.10+), by id. */
  readonly basesViews = new Map<string, BasesViewRegistration>();

  constructor(
    public app: App,
    public manifest: PluginManifest,
  ) {
    super();
  }

  /** Obsidian lists an enabled plugin in app.plugins.plugins while it is loaded. */
  override load(): void {
    this.app.plugins.plugins[this.manifest.id] = this;
    super.load();
  }

  override unload(): void {
    super.unload();
    delete this.app.plugins.plugins[this.manifest.id];
  }

  addCommand(command: Command): Command {
    this.commands.set(command.id, command);
    return command;
  }
  addSettingTab(tab: unknown): void {
    this.settingTabs.push(tab);
  }
  addStatusBarItem(): HTMLElement {
    const el = activeDocument.createElement("div");
    this.statusBarItems.push(el);
    return el;
  }
  addRibbonIcon(_icon: string, _title: string, _cb: () => unknown): HTMLElement {
    return activeDocument.createElement("div");
  }
  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler): void {
    this.codeBlockProcessors.set(language, handler);
    this.register(() => this.codeBlockProcessors.delete(language));
  }
  registerMarkdownPostProcessor(_fn: unknown): void {}
  /** Obsidian 1.10+: false when the Bases core plugin is off; unregistered when the plugin unloads. */
  registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
    this.basesViews.set(viewId, registration);
    this.register(() => this.basesViews.delete(viewId));
    return true;
  }

  private get dataPath(): string {
    return `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
  }
  async loadData(): Promise<unknown> {
    if (!(await this.app.vault.adapter.exists(this.dataPath))) return null;
    return JSON.parse(await this.app.vault.adapter.read(this.dataPath)) as unknown;
  }
  async saveData(data: unknown): Promise<void> {
    await this.app.vault.adapter.write(this.dataPath, JSON.stringify(data, null, 2));
  }
}
