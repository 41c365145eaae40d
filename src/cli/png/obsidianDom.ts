/**
 * The helpers Obsidian adds to DOM elements (createEl, setText, addClass…) and its window globals, installed on any
 * DOM: the PNG chart page runs the plugin's chart code outside Obsidian, and the tests' fake app uses them too.
 */

interface ElInfo {
  cls?: string | string[];
  text?: string;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  type?: string;
  value?: string;
}

type Callback = (el: HTMLElement) => void;

function apply(el: HTMLElement, info?: ElInfo | string): void {
  if (typeof info === "string") {
    el.className = info;
    return;
  }
  if (!info) return;
  // Class by class: src holds no spread calls (test/lint/stack-safety.test.ts).
  for (const c of info.cls === undefined ? [] : Array.isArray(info.cls) ? info.cls : info.cls.split(/\s+/)) if (c) el.classList.add(c);
  // Text goes in as text: the helpers must not turn note content into markup any more than Obsidian does.
  if (info.text !== undefined) el.textContent = info.text;
  if (info.title) el.title = info.title;
  if (info.type) el.setAttribute("type", info.type);
  if (info.value !== undefined) el.setAttribute("value", info.value);
  for (const [k, v] of Object.entries(info.attr ?? {})) if (v !== null && v !== false) el.setAttribute(k, String(v));
}

export function installDomHelpers(win: Window & typeof globalThis): void {
  const proto = win.HTMLElement.prototype as unknown as Record<string, unknown>;
  const nodeProto = win.Node.prototype as unknown as Record<string, unknown>;
  const doc = win.document;
  function createEl(this: HTMLElement | undefined, tag: string, info?: ElInfo | string, cb?: Callback): HTMLElement {
    const el = doc.createElement(tag);
    apply(el, info);
    if (this && this !== (win as unknown)) this.appendChild(el);
    cb?.(el);
    return el;
  }
  proto.createEl = createEl;
  proto.createDiv = function (this: HTMLElement, info?: ElInfo | string, cb?: Callback) {
    return createEl.call(this, "div", info, cb);
  };
  proto.createSpan = function (this: HTMLElement, info?: ElInfo | string, cb?: Callback) {
    return createEl.call(this, "span", info, cb);
  };
  proto.empty = function (this: HTMLElement) {
    while (this.firstChild) this.removeChild(this.firstChild);
  };
  proto.setCssProps = function (this: HTMLElement, props: Record<string, string>) {
    for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
  };
  proto.setText = function (this: HTMLElement, text: string) {
    this.textContent = text;
  };
  proto.addClass = function (this: HTMLElement, ...cls: string[]) {
    for (const c of cls) this.classList.add(c);
  };
  proto.removeClass = function (this: HTMLElement, ...cls: string[]) {
    for (const c of cls) this.classList.remove(c);
  };
  proto.toggleClass = function (this: HTMLElement, cls: string, on: boolean) {
    this.classList.toggle(cls, on);
  };
  proto.hasClass = function (this: HTMLElement, cls: string) {
    return this.classList.contains(cls);
  };
  proto.setAttr = function (this: HTMLElement, k: string, v: string) {
    this.setAttribute(k, v);
  };
  proto.detach = function (this: HTMLElement) {
    this.remove();
  };
  Object.defineProperty(nodeProto, "doc", { configurable: true, get: () => doc });
  Object.defineProperty(nodeProto, "win", { configurable: true, get: () => win });
  const g = win as unknown as Record<string, unknown>;
  g.activeDocument = doc;
  g.activeWindow = win;
  g.createEl = (tag: string, info?: ElInfo | string, cb?: Callback) => createEl.call(undefined, tag, info, cb);
  g.createDiv = (info?: ElInfo | string, cb?: Callback) => createEl.call(undefined, "div", info, cb);
}
