/**
 * The toolbar's saved views: loading them per store and table id, saving, renaming, deleting and
 * applying them, and the `<sv-saved-views>` menu that does it. Loaded with the toolbar's controls
 * right after the table's first paint (toolbar-controls.ts): nothing of it is needed to show rows.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SessionStore } from '../../store/index.js';
import type { LayoutController } from './layout-controller.js';
import { partStrings } from './parts.strings.js';
import { loadViews, matchingViewId, newViewId, saveViews, type SavedView } from './saved-views-model.js';
import type { ViewIdDetail, ViewNameDetail, ViewRenameDetail } from './saved-views.js';
import type { ToolbarContext } from './table-toolbar.js';

export class SavedViewsControl {
  views: SavedView[] = [];
  activeViewId: string | undefined;
  private loadedFor: string | undefined;
  private loadedStore: SessionStore | undefined;

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly layout: LayoutController,
  ) {}

  /** Loads the saved views of this store and table id once. */
  ensureLoaded(store: SessionStore, tableId: string): void {
    if (this.loadedStore === store && this.loadedFor === tableId) return;
    this.loadedStore = store;
    this.loadedFor = tableId;
    this.views = [];
    void loadViews(store, tableId).then((views) => {
      if (this.loadedStore !== store || this.loadedFor !== tableId) return;
      this.views = views;
      this.host.requestUpdate();
    });
  }

  private persist(store: SessionStore): void {
    if (this.loadedFor) void saveViews(store, this.loadedFor, this.views);
    this.host.requestUpdate();
  }

  saveView(store: SessionStore, name: string): SavedView {
    const layout = this.layout.snapshot(store);
    const view: SavedView = {
      id: newViewId(),
      name,
      query: { filters: structuredClone(store.query.filters), sort: [...store.query.sort], search: store.query.search },
      columns: layout.columns,
      widths: layout.widths,
    };
    this.views = [...this.views, view];
    this.activeViewId = view.id;
    this.persist(store);
    return view;
  }

  applyView(store: SessionStore, id: string, changeQuery: ToolbarContext['changeQuery']): SavedView | undefined {
    const view = this.views.find((candidate) => candidate.id === id);
    if (!view) return undefined;
    if (!changeQuery({ filters: structuredClone(view.query.filters), sort: [...view.query.sort], search: view.query.search })) return undefined;
    this.layout.apply(store, view);
    this.activeViewId = id;
    this.host.requestUpdate();
    return view;
  }

  renameView(store: SessionStore, id: string, name: string): void {
    this.views = this.views.map((view) => (view.id === id ? { ...view, name } : view));
    this.persist(store);
  }

  deleteView(store: SessionStore, id: string): SavedView | undefined {
    const view = this.views.find((candidate) => candidate.id === id);
    this.views = this.views.filter((candidate) => candidate.id !== id);
    if (this.activeViewId === id) this.activeViewId = undefined;
    this.persist(store);
    return view;
  }

  render(store: SessionStore, ctx: Pick<ToolbarContext, 'lang' | 'announce' | 'changeQuery'>): TemplateResult {
    const { lang } = ctx;
    return html`<sv-saved-views
      .views=${this.views}
      .activeId=${matchingViewId(this.views, store.query, this.activeViewId)}
      @sv-view-apply=${(event: CustomEvent<ViewIdDetail>) => {
        const view = this.applyView(store, event.detail.id, ctx.changeQuery);
        if (view) ctx.announce(partStrings(lang, 'viewApplied', { name: view.name }));
      }}
      @sv-view-save=${(event: CustomEvent<ViewNameDetail>) => {
        const view = this.saveView(store, event.detail.name);
        ctx.announce(partStrings(lang, 'viewSaved', { name: view.name }));
      }}
      @sv-view-rename=${(event: CustomEvent<ViewRenameDetail>) => this.renameView(store, event.detail.id, event.detail.name)}
      @sv-view-delete=${(event: CustomEvent<ViewIdDetail>) => {
        const view = this.deleteView(store, event.detail.id);
        if (view) ctx.announce(partStrings(lang, 'viewDeleted', { name: view.name }));
      }}
    ></sv-saved-views>`;
  }
}
