/** Notices, modals, the settings tab and Setting with its controls; controls can be driven by tests through simulate(). */
import type { App } from "./app";

export class Notice {
  /** Every notice shown, newest last. */
  static shown: string[] = [];
  constructor(message: string | DocumentFragment, _duration?: number) {
    Notice.shown.push(typeof message === "string" ? message : (message.textContent ?? ""));
  }
  hide(): void {}
}

export class Modal {
  containerEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  isOpen = false;
  static opened: Modal[] = [];
  constructor(public app: App) {
    this.containerEl = activeDocument.createElement("div");
    this.titleEl = this.containerEl.createDiv();
    this.contentEl = this.containerEl.createDiv();
  }
  open(): void {
    this.isOpen = true;
    Modal.opened.push(this);
    this.onOpen();
  }
  close(): void {
    this.isOpen = false;
    this.onClose();
  }
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
  onOpen(): void {}
  onClose(): void {}
}

/** A settings control: keeps its value and the handler the plugin gave it. */
export class ValueComponent<T> {
  value: T;
  inputEl: HTMLElement;
  private handler: ((v: T) => unknown) | null = null;
  constructor(initial: T) {
    this.value = initial;
    this.inputEl = activeDocument.createElement("input");
  }
  setValue(v: T): this {
    this.value = v;
    return this;
  }
  getValue(): T {
    return this.value;
  }
  setPlaceholder(_p: string): this {
    return this;
  }
  setDisabled(_d: boolean): this {
    return this;
  }
  addOption(_value: string, _label: string): this {
    return this;
  }
  onChange(cb: (v: T) => unknown): this {
    this.handler = cb;
    return this;
  }
  /** What the user typing or clicking would do. */
  async simulate(v: T): Promise<void> {
    this.value = v;
    await this.handler?.(v);
  }
}

export class ButtonComponent {
  private handler: (() => unknown) | null = null;
  setButtonText(_t: string): this {
    return this;
  }
  setCta(): this {
    return this;
  }
  onClick(cb: () => unknown): this {
    this.handler = cb;
    return this;
  }
  async simulate(): Promise<void> {
    await this.handler?.();
  }
}

export class Setting {
  settingEl: HTMLElement;
  name = "";
  controls: (ValueComponent<string> | ValueComponent<boolean> | ButtonComponent)[] = [];
  static all: Setting[] = [];
  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: "setting-item" });
    Setting.all.push(this);
  }
  setName(name: string): this {
    this.name = name;
    this.settingEl.createDiv({ cls: "setting-item-name", text: name });
    return this;
  }
  setDesc(desc: string): this {
    this.settingEl.createDiv({ cls: "setting-item-description", text: desc });
    return this;
  }
  setHeading(): this {
    return this;
  }
  private add<C extends ValueComponent<string> | ValueComponent<boolean> | ButtonComponent>(c: C, cb: (c: C) => unknown): this {
    this.controls.push(c);
    cb(c);
    return this;
  }
  addText(cb: (c: ValueComponent<string>) => unknown): this {
    return this.add(new ValueComponent(""), cb);
  }
  addTextArea(cb: (c: ValueComponent<string>) => unknown): this {
    return this.add(new ValueComponent(""), cb);
  }
  addToggle(cb: (c: ValueComponent<boolean>) => unknown): this {
    return this.add(new ValueComponent(false), cb);
  }
  addDropdown(cb: (c: ValueComponent<string>) => unknown): this {
    return this.add(new ValueComponent(""), cb);
  }
  addButton(cb: (c: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(), cb);
  }
}

/** A context menu (the editor's): the items plugins add, which tests can click. */
export class Menu {
  readonly items: MenuItem[] = [];
  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items.push(item);
    return this;
  }
  addSeparator(): this {
    return this;
  }
}

export class MenuItem {
  title = "";
  private handler: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  setTitle(title: string | DocumentFragment): this {
    this.title = typeof title === "string" ? title : (title.textContent ?? "");
    return this;
  }
  setIcon(_icon: string | null): this {
    return this;
  }
  setSection(_section: string): this {
    return this;
  }
  onClick(cb: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.handler = cb;
    return this;
  }
  async click(): Promise<void> {
    await this.handler?.(new MouseEvent("click"));
  }
}

export class PluginSettingTab {
  containerEl: HTMLElement;
  constructor(
    public app: App,
    public plugin: unknown,
  ) {
    this.containerEl = activeDocument.createElement("div");
  }
  display(): void {}
  hide(): void {}
  /** Obsidian 1.13+: declarative settings; an empty list means display() renders the tab. */
  getSettingDefinitions(): unknown[] {
    return [];
  }
  /** Obsidian 1.13+: by default reads and writes `plugin.settings[key]`. */
  getControlValue(key: string): unknown {
    return (this.plugin as { settings?: Record<string, unknown> }).settings?.[key];
  }
  setControlValue(key: string, value: unknown): void | Promise<void> {
    const settings = (this.plugin as { settings?: Record<string, unknown> }).settings;
    if (settings) settings[key] = value;
  }
  update(): void {}
}
