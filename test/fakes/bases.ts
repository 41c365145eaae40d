/** Obsidian 1.10's Bases as a plugin sees it: values, entries, groups, the view config, the query controller and BasesView. */
import { Component } from "./component";
import type { App } from "./app";
import type { TFile } from "./vault";

/** Bases values: what `BasesEntry.getValue` returns. */
export abstract class Value {
  abstract toString(): string;
  abstract isTruthy(): boolean;
}

export class NullValue extends Value {
  static value = new NullValue();
  toString(): string {
    return "";
  }
  isTruthy(): boolean {
    return false;
  }
}

export class StringValue extends Value {
  constructor(readonly value: string) {
    super();
  }
  toString(): string {
    return this.value;
  }
  isTruthy(): boolean {
    return this.value !== "";
  }
}

export class NumberValue extends StringValue {}

/** A date property: Obsidian shows a date-only value as yyyy-MM-dd. */
export class DateValue extends StringValue {}

export class ListValue extends Value {
  constructor(readonly items: Value[]) {
    super();
  }
  toString(): string {
    return this.items.map((v) => v.toString()).join(", ");
  }
  isTruthy(): boolean {
    return this.items.length > 0;
  }
}

export type BasesPropertyId = `${"note" | "formula" | "file"}.${string}`;

/** One row of a base: a file and its values by property id. */
export class BasesEntry {
  constructor(
    public file: TFile,
    private readonly values: Map<string, Value>,
  ) {}
  getValue(propertyId: BasesPropertyId): Value | null {
    if (propertyId === "file.name") return new StringValue(this.file.basename);
    return this.values.get(propertyId) ?? NullValue.value;
  }
}

export class BasesEntryGroup {
  constructor(
    public entries: BasesEntry[],
    public key?: Value,
  ) {}
  hasKey(): boolean {
    return this.key !== undefined && this.key.isTruthy();
  }
}

export class BasesQueryResult {
  constructor(
    public data: BasesEntry[],
    private readonly groups: BasesEntryGroup[] = [new BasesEntryGroup(data)],
    private readonly visible: BasesPropertyId[] = [],
  ) {}
  get groupedData(): BasesEntryGroup[] {
    return this.groups;
  }
  get properties(): BasesPropertyId[] {
    return this.visible;
  }
}

/** One view of a `.base` file: its options (the keys beside `type` and `name`) and display names. */
export class BasesViewConfig {
  constructor(
    public name: string,
    private readonly options: Record<string, unknown> = {},
    private readonly displayNames: Record<string, string> = {},
  ) {}
  get(key: string): unknown {
    return this.options[key];
  }
  getAsPropertyId(key: string): BasesPropertyId | null {
    const v = this.options[key];
    if (typeof v !== "string" || v === "") return null;
    return (/^(note|formula|file)\./.test(v) ? v : `note.${v}`) as BasesPropertyId;
  }
  set(key: string, value: unknown): void {
    this.options[key] = value;
  }
  getOrder(): BasesPropertyId[] {
    return [];
  }
  getDisplayName(propertyId: BasesPropertyId): string {
    return this.displayNames[propertyId] ?? propertyId.replace(/^(note|formula|file)\./, "");
  }
}

export interface BasesViewRegistration {
  name: string;
  icon: string;
  factory: (controller: QueryController, containerEl: HTMLElement) => BasesView;
  options?: (config: BasesViewConfig) => unknown[];
}

/** Runs the query and hands each new result to its views, as Bases does when the vault or the `.base` file changes. */
export class QueryController extends Component {
  readonly views: BasesView[] = [];
  constructor(
    public app: App,
    public config: BasesViewConfig,
    public result: BasesQueryResult,
  ) {
    super();
  }

  /** Open a registered view in `el`: created by its factory, loaded, then given the current result. */
  mount(registration: BasesViewRegistration, el: HTMLElement): BasesView {
    const view = registration.factory(this, el);
    this.views.push(view);
    this.addChild(view);
    view.data = this.result;
    view.onDataUpdated();
    return view;
  }

  /** A new result (a note edited, the filter changed): each view is given it and told. */
  update(result: BasesQueryResult): void {
    this.result = result;
    for (const v of this.views) {
      v.data = result;
      v.onDataUpdated();
    }
  }
}

export abstract class BasesView extends Component {
  abstract type: string;
  app: App;
  config: BasesViewConfig;
  allProperties: BasesPropertyId[] = [];
  data: BasesQueryResult;
  protected constructor(controller: QueryController) {
    super();
    this.app = controller.app;
    this.config = controller.config;
    this.data = controller.result;
  }
  abstract onDataUpdated(): void;
  async createFileForView(_baseFileName?: string, _frontmatterProcessor?: (frontmatter: unknown) => void): Promise<void> {}
}
