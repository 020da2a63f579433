import { Chart, LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, ScatterController } from 'chart.js';
import {
    EditorContextService, GLSPActionDispatcher, GModelElement, RedoAction, SaveModelAction, UndoAction, SetViewportAction,
    CreateNodeOperation, DeleteElementOperation, PasteOperation, RequestClipboardDataAction, SelectAction, ReconnectEdgeOperation
} from '@eclipse-glsp/client';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, Legend, Tooltip);

interface Property { name: string; value: string; type: string; options?: string[]; unit?: string; description?: string; range?: string }

/** The page around the diagram: toolbar, properties, learned state, training chart, problems, messages. */
export class Panels {
    dispatcher?: GLSPActionDispatcher;
    editorContext?: EditorContextService;
    chart?: Chart;
    curveChart?: Chart;
    curveRequest = 0;
    epochCount = 0;
    selectedId = '';
    renderedKey = '';
    /** clipboard of the context menu (the keyboard's Ctrl+C/Ctrl+V go through the browser clipboard) */
    menuClip?: Record<string, string>;
    pendingSaveAs = '';
    connected = true;
    chartDirty = false;
    chartTimer = 0;
    lastDraw = 0;
    /** chart redraws done (for tests: bounded by time, not by epochs) */
    draws = 0;

    constructor() {
        (window as any).spinflowTraining = { epochs: 0, state: 'idle', history: [] as any[] };
        document.addEventListener('DOMContentLoaded', () => this.setupChart());
        if (document.readyState !== 'loading') {
            this.setupChart();
        }
    }

    setModelName(name: string): void {
        const el = document.getElementById('model-name');
        if (el) el.textContent = name;
        document.title = name + ' - Spinflow studio';
    }

    /** Re-opens the model over a new connection (set by main.ts). */
    reconnect?: () => void;
    private attached = false;
    /** unsaved edits when the connection dropped (they live in the server session, which is gone) */
    private dirtyAtLoss = false;
    reconnects = 0;

    /** Binds the page to a diagram container (again after a reconnect); the page's own listeners are added once. */
    attach(dispatcher: GLSPActionDispatcher, editorContext: EditorContextService): void {
        this.dispatcher = dispatcher;
        this.editorContext = editorContext;
        this.renderedKey = '';
        editorContext.onSelectionChanged(() => this.editorContext === editorContext && this.refresh());
        editorContext.onModelRootChanged(() => {
            if (this.editorContext !== editorContext) return;
            this.refresh();
            if (this.fitOnNextModel) {
                this.fitOnNextModel = false;
                this.fit();
            }
        });
        if (this.attached) return;
        this.attached = true;
        const on = (id: string, f: () => void) => document.getElementById(id)?.addEventListener('click', f);
        on('btn-new', () => this.newModel());
        on('btn-undo', () => this.edit(() => this.dispatcher?.dispatch(UndoAction.create())));
        on('btn-redo', () => this.edit(() => this.dispatcher?.dispatch(RedoAction.create())));
        on('btn-save', () => this.save());
        on('btn-save-as', () => {
            if (!this.edit(() => undefined, 'Not saved')) return;
            const p = window.prompt('Save as (path relative to the studio folder):', this.currentModel().replace(/\.spinflow$/, '-copy.spinflow'));
            if (p) {
                this.pendingSaveAs = p;
                this.dispatcher?.dispatch(SaveModelAction.create({ fileUri: p }));
            }
        });
        on('btn-export', () => {
            if (!this.edit(() => undefined, 'Not exported')) return;
            const p = window.prompt('Export standalone XMI to (relative path):', this.currentModel().replace(/\.spinflow$/, '.xmi'));
            if (p) this.dispatcher?.dispatch({ kind: 'spinflowExport', path: p } as any);
        });
        on('btn-layout', () => this.fit());
        on('btn-autolayout', () => this.autoLayout());
        on('btn-zoom-in', () => this.zoomBy(1.25));
        on('btn-zoom-out', () => this.zoomBy(1 / 1.25));
        on('btn-train', () => this.edit(() => this.train(), 'Not started'));
        on('btn-cancel', () => this.cancel());
        on('btn-calibrate', () => this.edit(() => this.dispatcher?.dispatch({ kind: 'spinflowCalibrate', isOperation: true } as any), 'Not calibrated'));
        on('btn-reconnect', () => window.location.reload());
        on('btn-banner-close', () => { document.getElementById('connection-banner')!.hidden = true; });
        this.offlineGuard();
        document.getElementById('new-form')?.addEventListener('submit', e => {
            e.preventDefault();
            this.createModel();
        });
        on('new-cancel', () => (document.getElementById('new-dialog') as HTMLDialogElement).close());
        for (const [id, prop] of [['train-epochs', 'training.epochs'], ['train-folds', 'training.split.folds']]) {
            document.getElementById(id)?.addEventListener('change', e => {
                const v = (e.target as HTMLInputElement).value;
                if (v) this.setProperty('', prop, v);
            });
        }
        window.addEventListener('keydown', e => this.key(e));
        // Copy, cut and paste are the page's own (key() below): GLSP's clipboard listeners are added again on
        // every model initialisation, so one Ctrl+V could paste several times. Stopped here, in the capture
        // phase at the window, before any of them runs; fields keep the browser's own clipboard.
        for (const type of ['copy', 'cut', 'paste']) {
            window.addEventListener(type, e => {
                if (!(e.target as HTMLElement)?.closest?.('input, select, textarea')) e.stopImmediatePropagation();
            }, true);
        }
        window.addEventListener('beforeunload', e => {
            // in the IDE the editor part owns the dirty state and asks itself (its Reload from disk replaces the page)
            if (document.body.dataset.dirty === 'true' && document.body.dataset.embedded !== 'true') {
                e.preventDefault();
                e.returnValue = '';
            }
        });
        const canvas = document.getElementById('sprotty')!;
        // on the document (GLSP may replace the canvas element): only events inside the canvas
        const inCanvas = (e: Event) => !!(e.target as Element)?.closest?.('#sprotty');
        document.addEventListener('wheel', e => inCanvas(e) && this.wheel(e), { capture: true, passive: false });
        document.addEventListener('contextmenu', e => inCanvas(e) && this.contextMenu(e), true);
        document.addEventListener('mousedown', e => {
            const menu = document.getElementById('context-menu');
            if (menu && !menu.hidden && !menu.contains(e.target as any)) menu.hidden = true;
        });
        this.paletteDrag(canvas);
        this.portDrag(canvas);
        document.addEventListener('click', e => {
            if ((e.target as Element)?.closest?.('.minimize-palette-button')) this.paletteToggled();
        }, true);
        document.getElementById('problem-list')?.addEventListener('click', e => {
            const li = (e.target as HTMLElement).closest('li') as HTMLElement | null;
            if (li?.dataset.element) this.reveal(li.dataset.element);
        });
        this.restoreHistory();
    }

    /** Keyboard shortcuts of the page (inputs keep their own keys). */
    key(e: KeyboardEvent): void {
        const typing = (e.target as HTMLElement)?.closest?.('input, select, textarea');
        const mod = e.ctrlKey || e.metaKey;
        if (mod && e.key === 's') {
            e.preventDefault();
            this.save();
            return;
        }
        if (typing) return;
        const inDiagram = !!(e.target as HTMLElement)?.closest?.('#sprotty');
        if (mod && !inDiagram && (e.key === 'z' || e.key === 'Z' || e.key === 'y')) {
            // the diagram's own key listener handles these while it has the focus; elsewhere (after a property edit) the page does
            e.preventDefault();
            const redo = e.key === 'y' || e.shiftKey;
            this.dispatcher?.dispatch(redo ? RedoAction.create() : UndoAction.create());
            return;
        }
        if (mod && (e.key === '=' || e.key === '+')) {
            e.preventDefault();
            this.zoomBy(1.25);
        } else if (mod && e.key === '-') {
            e.preventDefault();
            this.zoomBy(1 / 1.25);
        } else if (mod && e.key === '0') {
            e.preventDefault();
            this.fit();
        } else if (mod && !e.shiftKey && (e.key === 'c' || e.key === 'C')) {
            e.preventDefault();
            this.copy();
        } else if (mod && !e.shiftKey && (e.key === 'x' || e.key === 'X')) {
            e.preventDefault();
            this.cut();
        } else if (mod && !e.shiftKey && (e.key === 'v' || e.key === 'V')) {
            e.preventDefault();
            this.paste();
        } else if (mod && (e.key === 'd' || e.key === 'D')) {
            e.preventDefault();
            this.duplicate();
        } else if (mod && e.shiftKey && (e.key === 'l' || e.key === 'L')) {
            e.preventDefault();
            this.autoLayout();
        } else if (e.key === 'Escape') {
            const menu = document.getElementById('context-menu');
            if (menu) menu.hidden = true;
        }
    }

    root(): any {
        return this.editorContext?.modelRoot as any;
    }

    selectedIds(): string[] {
        return (this.editorContext?.selectedElements ?? []).map(e => e.id);
    }

    /** The bounds of all nodes (model coordinates), or undefined for an empty diagram. */
    diagramBounds(ids?: string[]): { x: number; y: number; width: number; height: number } | undefined {
        const root = this.root();
        if (!root) return undefined;
        let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        for (const c of root.children ?? []) {
            if (!c.type?.startsWith('node:') || !/^n\d+$/.test(c.id) || !c.bounds || (ids && !ids.includes(c.id))) continue; // server nodes only (not creation ghosts)
            x0 = Math.min(x0, c.bounds.x);
            y0 = Math.min(y0, c.bounds.y);
            x1 = Math.max(x1, c.bounds.x + c.bounds.width);
            y1 = Math.max(y1, c.bounds.y + c.bounds.height);
        }
        return isFinite(x0) ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : undefined;
    }

    /**
     * The part of the canvas not covered by the palette, in page pixels relative to the canvas: left of the expanded
     * palette, or left of its chevron when it is collapsed (its height animates; its state is read from its style).
     */
    freeArea(): { width: number; height: number } {
        const canvas = document.getElementById('sprotty')!.getBoundingClientRect();
        const palette = document.querySelector('.tool-palette') as HTMLElement | null;
        const chevron = document.querySelector('.minimize-palette-button') as HTMLElement | null;
        let width = canvas.width;
        const right = (el: HTMLElement | null) => {
            if (!el || el.offsetParent === null) return;
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.left > canvas.left + canvas.width / 2) width = Math.min(width, Math.max(100, r.left - canvas.left - 8));
        };
        if (palette && !this.paletteCollapsed()) right(palette);
        right(chevron);
        return { width, height: canvas.height };
    }

    /** Whether the palette is collapsed (by its chevron). */
    paletteCollapsed(): boolean {
        const palette = document.querySelector('.tool-palette') as HTMLElement | null;
        return !palette || palette.offsetParent === null || palette.style.maxHeight === '0px';
    }

    /** Whether the expanded palette covers a node. */
    private covered(): boolean {
        const canvas = document.getElementById('sprotty')!.getBoundingClientRect();
        const palette = document.querySelector('.tool-palette') as HTMLElement | null;
        const root = this.root();
        if (!root || !palette || this.paletteCollapsed()) return false;
        const p = palette.getBoundingClientRect();
        const px = p.left - canvas.left, py = p.top - canvas.top;
        // the palette's full height (it may still be growing)
        const ph = Math.max(p.height, palette.scrollHeight);
        return (root.children ?? []).some((c: any) => {
            if (!c.type?.startsWith('node:') || !/^n\d+$/.test(c.id) || !c.bounds) return false;
            const x = (c.bounds.x - root.scroll.x) * root.zoom, y = (c.bounds.y - root.scroll.y) * root.zoom;
            return x < px + p.width && x + c.bounds.width * root.zoom > px && y < py + ph && y + c.bounds.height * root.zoom > py;
        });
    }

    /** The palette's chevron was clicked: once expanded again, nodes it would cover are fitted into the free area. */
    private paletteToggled(): void {
        window.requestAnimationFrame(() => {
            document.body.dataset.palette = this.paletteCollapsed() ? 'collapsed' : 'expanded';
            if (!this.paletteCollapsed() && this.covered()) this.fit();
        });
    }

    /** Fits the whole diagram (or the given nodes) into the free area of the canvas; no zoom floor hides it. */
    fit(ids?: string[], maxZoom = 1.5): void {
        const root = this.root();
        const b = this.diagramBounds(ids);
        if (!root || !b || !this.dispatcher) return;
        const area = this.freeArea();
        const pad = 24;
        const zoom = Math.max(0.005, Math.min(maxZoom, (area.width - 2 * pad) / Math.max(b.width, 1), (area.height - 2 * pad) / Math.max(b.height, 1)));
        const scroll = { x: b.x - (area.width / zoom - b.width) / 2, y: b.y - (area.height / zoom - b.height) / 2 };
        const n = ++this.fits;
        // the number of fits applied (the viewport command ran; it is drawn at the end of the next frame)
        this.dispatcher.dispatch(SetViewportAction.create(root.id, { scroll, zoom }, { animate: false }))
            .then(() => { document.body.dataset.fits = String(n); });
    }
    private fits = 0;

    /** Zooms around a point of the canvas (page pixels relative to the canvas; its centre by default). */
    zoomBy(factor: number, at?: { x: number; y: number }): void {
        const root = this.root();
        if (!root || !this.dispatcher) return;
        const rect = document.getElementById('sprotty')!.getBoundingClientRect();
        const p = at ?? { x: rect.width / 2, y: rect.height / 2 };
        const zoom = Math.max(0.005, Math.min(8, root.zoom * factor));
        const mx = root.scroll.x + p.x / root.zoom;
        const my = root.scroll.y + p.y / root.zoom;
        const scroll = { x: mx - p.x / zoom, y: my - p.y / zoom };
        this.dispatcher.dispatch(SetViewportAction.create(root.id, { scroll, zoom }, { animate: false }));
    }

    /** A plain wheel scrolls (Shift: sideways); Ctrl+wheel zooms around the pointer. */
    wheel(e: WheelEvent): void {
        const root = this.root();
        if (!root || !this.dispatcher) return;
        e.preventDefault();
        e.stopPropagation();
        const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
        if (e.ctrlKey || e.metaKey) {
            const rect = document.getElementById('sprotty')!.getBoundingClientRect();
            this.zoomBy(Math.pow(1.2, -Math.sign(e.deltaY)), { x: e.clientX - rect.left, y: e.clientY - rect.top });
            return;
        }
        const dx = (e.shiftKey ? e.deltaY : e.deltaX) * unit;
        const dy = (e.shiftKey ? 0 : e.deltaY) * unit;
        const scroll = { x: root.scroll.x + dx / root.zoom, y: root.scroll.y + dy / root.zoom };
        this.dispatcher.dispatch(SetViewportAction.create(root.id, { scroll, zoom: root.zoom }, { animate: false }));
    }

    /** Model coordinates of a page point. */
    toModel(clientX: number, clientY: number): { x: number; y: number } {
        const root = this.root();
        const rect = document.getElementById('sprotty')!.getBoundingClientRect();
        return { x: root.scroll.x + (clientX - rect.left) / root.zoom, y: root.scroll.y + (clientY - rect.top) / root.zoom };
    }

    /** Drag a node kind from the palette and drop it on the canvas: the node is created where it was dropped. */
    paletteDrag(canvas: HTMLElement): void {
        let dragging: { type: string; x: number; y: number; moved: boolean } | undefined;
        document.addEventListener('mousedown', e => {
            const button = (e.target as HTMLElement).closest?.('.tool-palette .tool-button') as HTMLElement | null;
            if (!button || e.button !== 0) return;
            const label = button.textContent?.trim() ?? '';
            const kinds: { label: string; type: string }[] = JSON.parse(this.root()?.args?.kinds ?? '[]');
            const kind = kinds.find(k => k.label === label);
            if (kind) dragging = { type: kind.type, x: e.clientX, y: e.clientY, moved: false };
        }, true);
        document.addEventListener('mousemove', e => {
            if (!dragging) return;
            e.stopImmediatePropagation(); // the diagram does not pan under a node dragged from the palette
            if (Math.hypot(e.clientX - dragging.x, e.clientY - dragging.y) > 6) {
                dragging.moved = true;
                document.body.classList.add('palette-dragging');
            }
        }, true);
        document.addEventListener('mouseup', e => {
            const d = dragging;
            dragging = undefined;
            document.body.classList.remove('palette-dragging');
            if (!d?.moved) return;
            const r = document.getElementById('sprotty')!.getBoundingClientRect();
            const palette = document.querySelector('.tool-palette');
            if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom || palette?.contains(e.target as any)) return;
            const p = this.toModel(e.clientX, e.clientY);
            this.dispatcher?.dispatch(CreateNodeOperation.create(d.type, { location: { x: p.x - 95, y: p.y - 37 } }));
            // the creation tool the button press may have armed is dropped again
            window.setTimeout(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })), 0);
        }, true);
    }

    /**
     * Drag from an output port to an input port connects them (no tool to pick first). Drag the end of a selected
     * connection (its round handle) to another port to reconnect it. While dragging, the ports that end could go to are
     * marked as fitting or not (same signal kind); the server refuses a misfit with the reason.
     */
    portDrag(canvas: HTMLElement): void {
        type Drag = { mode: 'connect' | 'source' | 'target'; id: string; edgeId?: string; signal: string; line: SVGLineElement; x: number; y: number };
        let from: Drag | undefined;
        const portAt = (t: EventTarget | null, type: string) => (t as Element)?.closest?.(`g[data-svg-metadata-type="${type}"]`) as SVGGElement | null;
        // the port under the pointer, also when a connection's line is drawn over it
        const portUnder = (e: MouseEvent, type: string) => portAt(e.target, type)
            ?? document.elementsFromPoint(e.clientX, e.clientY).map(el => portAt(el, type)).find(g => g) ?? null;
        const nodeOf = (portId: string) => portId.replace(/_p\d+$/, '');
        window.addEventListener('mousedown', e => {
            if (e.button !== 0) return;
            const index = this.root()?.index;
            let drag: { mode: Drag['mode']; id: string; edgeId?: string; start: { x: number; y: number } } | undefined;
            // the end of a selected connection: reconnect (GLSP's own handle drag misses a drop that ends with a move
            // inside the port: it forgets the port under the pointer on every move)
            const handle = (e.target as Element)?.closest?.('.sprotty-routing-handle[data-kind="source"], .sprotty-routing-handle[data-kind="target"]');
            const edgeG = handle?.closest('g[data-svg-metadata-type="edge:connection"]');
            if (handle && edgeG) {
                const edgeId = edgeG.id.replace(/^sprotty_/, '');
                const edge = index?.getById(edgeId);
                const end = handle.getAttribute('data-kind') as 'source' | 'target';
                const anchor = end === 'target' ? edge?.sourceId : edge?.targetId;
                const g = anchor && document.getElementById('sprotty_' + anchor);
                if (edge && anchor && g) {
                    const b = g.getBoundingClientRect();
                    drag = { mode: end, id: anchor, edgeId, start: { x: b.x + b.width / 2, y: b.y + b.height / 2 } };
                }
            } else {
                const g = portUnder(e, 'port:out');
                if (g) drag = { mode: 'connect', id: g.id.replace(/^sprotty_/, ''), start: { x: e.clientX, y: e.clientY } };
            }
            if (!drag) return;
            e.stopImmediatePropagation();
            e.preventDefault();
            const svg = document.querySelector('#sprotty svg') as SVGSVGElement | null;
            if (!svg) return;
            const r = svg.getBoundingClientRect();
            const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
            line.setAttribute('class', 'connect-feedback');
            line.setAttribute('x1', String(drag.start.x - r.left));
            line.setAttribute('y1', String(drag.start.y - r.top));
            line.setAttribute('x2', String(e.clientX - r.left));
            line.setAttribute('y2', String(e.clientY - r.top));
            svg.appendChild(line);
            const signal = index?.getById(drag.id)?.args?.signal ?? '';
            from = { mode: drag.mode, id: drag.id, edgeId: drag.edgeId, signal, line, x: r.left, y: r.top };
            document.body.dataset.connecting = drag.id;
            // the ports the dragged end may go to: inputs for a new connection or a connection's target, outputs for its source
            const type = drag.mode === 'source' ? 'port:out' : 'port:in';
            for (const p of Array.from(document.querySelectorAll(`#sprotty g[data-svg-metadata-type="${type}"]`))) {
                const target = index?.getById(p.id.replace(/^sprotty_/, ''));
                const fits = target?.args?.signal === signal && !p.id.startsWith('sprotty_' + nodeOf(drag.id) + '_');
                p.classList.add(fits ? 'port-fits' : 'port-misfit');
            }
        }, true);
        window.addEventListener('mousemove', e => {
            if (!from) return;
            e.stopImmediatePropagation(); // the diagram neither pans nor moves anything while a connection is dragged
            from.line.setAttribute('x2', String(e.clientX - from.x));
            from.line.setAttribute('y2', String(e.clientY - from.y));
        }, true);
        window.addEventListener('mouseup', e => {
            if (!from) return;
            const f = from;
            from = undefined;
            f.line.remove();
            delete document.body.dataset.connecting;
            document.querySelectorAll('.port-fits, .port-misfit').forEach(p => p.classList.remove('port-fits', 'port-misfit'));
            if (f.mode !== 'connect') {
                e.stopImmediatePropagation();
                const edge = this.root()?.index?.getById(f.edgeId!);
                const port = portUnder(e, f.mode === 'source' ? 'port:out' : 'port:in');
                const id = port?.id.replace(/^sprotty_/, '');
                if (!edge || !id || id === (f.mode === 'source' ? edge.sourceId : edge.targetId)) return;
                this.dispatcher?.dispatch(ReconnectEdgeOperation.create({
                    edgeElementId: f.edgeId!, sourceElementId: f.mode === 'source' ? id : edge.sourceId, targetElementId: f.mode === 'target' ? id : edge.targetId
                }));
                return;
            }
            const target = portUnder(e, 'port:in') ?? ((e.target as Element)?.closest?.('g[data-svg-metadata-type^="node:"]') as SVGGElement | null);
            if (!target) return;
            this.dispatcher?.dispatch({ kind: 'createEdge', isOperation: true, elementTypeId: 'edge:connection', sourceElementId: f.id,
                targetElementId: target.id.replace(/^sprotty_/, ''), args: {} } as any);
        }, true);
    }

    private fitOnNextModel = false;

    autoLayout(): void {
        // fitted when the laid-out model has arrived (not after a fixed wait, which could fit the old layout)
        this.fitOnNextModel = true;
        this.dispatcher?.dispatch({ kind: 'spinflowAutoLayout', isOperation: true } as any);
    }

    duplicate(): void {
        const ids = this.selectedIds().filter(id => this.root()?.index?.getById(id)?.type?.startsWith('node:'));
        if (ids.length) this.dispatcher?.dispatch({ kind: 'spinflowDuplicate', isOperation: true, elementIds: ids } as any);
    }

    /** The copy in flight: a paste right after Ctrl+C waits for the server's clipboard data. */
    private copying?: Promise<void>;

    copy(): Promise<void> {
        const ctx = this.editorContext!.get();
        if (!ctx.selectedElementIds.length) return this.copying ?? Promise.resolve();
        const pending = this.dispatcher!.request(RequestClipboardDataAction.create(ctx))
            .then((r: any) => { this.menuClip = r.clipboardData; });
        this.copying = pending;
        return pending;
    }

    async cut(): Promise<void> {
        const ids = this.selectedIds();
        if (!ids.length) return;
        await this.copy();
        this.dispatcher?.dispatch(DeleteElementOperation.create(ids));
    }

    async paste(): Promise<void> {
        await this.copying;
        if (this.menuClip) {
            this.dispatcher?.dispatch(PasteOperation.create({ clipboardData: this.menuClip, editorContext: this.editorContext!.get() }));
        }
    }

    /** A right click on the canvas: the commands for the element under the pointer (selected first). */
    contextMenu(e: MouseEvent): void {
        e.preventDefault();
        const menu = document.getElementById('context-menu')!;
        const g = (e.target as Element).closest?.('g[id^="sprotty_n"]');
        const id = g?.id.replace(/^sprotty_/, '').replace(/_.*$/, '');
        if (id && !this.selectedIds().includes(id)) {
            this.dispatcher?.dispatch(SelectAction.create({ selectedElementsIDs: [id], deselectedElementsIDs: true }));
        }
        const onNode = !!id;
        const items: [string, string, boolean, () => void][] = [
            ['Copy', 'Ctrl+C', onNode, () => this.copy()],
            ['Paste', 'Ctrl+V', !!this.menuClip, () => this.paste()],
            ['Duplicate', 'Ctrl+D', onNode, () => this.duplicate()],
            ['Delete', 'Del', onNode, () => this.dispatcher?.dispatch(DeleteElementOperation.create(this.selectedIds()))],
            ['Auto-layout', 'Ctrl+Shift+L', true, () => this.autoLayout()],
            ['Fit to screen', 'Ctrl+0', true, () => this.fit()],
            ['Undo', 'Ctrl+Z', true, () => this.dispatcher?.dispatch(UndoAction.create())],
            ['Redo', 'Ctrl+Shift+Z', true, () => this.dispatcher?.dispatch(RedoAction.create())]
        ];
        menu.innerHTML = '';
        for (const [label, keys, enabled, run] of items) {
            const b = document.createElement('button');
            b.innerHTML = `<span>${esc(label)}</span><kbd>${esc(keys)}</kbd>`;
            b.disabled = !enabled;
            b.dataset.command = label;
            b.addEventListener('click', () => {
                menu.hidden = true;
                run();
            });
            menu.appendChild(b);
        }
        menu.style.left = e.clientX + 'px';
        menu.style.top = e.clientY + 'px';
        menu.hidden = false;
    }

    /** Selects the element of a problem and scrolls it into view. */
    reveal(elementId: string): void {
        if (!elementId || elementId === 'spinflow-graph') return;
        this.dispatcher?.dispatch(SelectAction.create({ selectedElementsIDs: [elementId], deselectedElementsIDs: true }));
        const b = this.diagramBounds([elementId]);
        const root = this.root();
        if (b && root) {
            const area = this.freeArea();
            const zoom = Math.max(root.zoom, 0.6);
            const scroll = { x: b.x + b.width / 2 - area.width / 2 / zoom, y: b.y + b.height / 2 - area.height / 2 / zoom };
            this.dispatcher?.dispatch(SetViewportAction.create(root.id, { scroll, zoom }, { animate: false }));
        }
    }

    /** The connection to the server opened or closed: a banner while it is down, and automatic reconnect. */
    connection(up: boolean): void {
        if (up) {
            // the socket is open; the banner goes once the model is re-opened on it (reconnected())
            if (this.connected) document.body.dataset.connection = 'up';
            return;
        }
        if (!this.connected) return;
        this.connected = false;
        this.dirtyAtLoss = document.body.dataset.dirty === 'true';
        document.body.dataset.connection = 'lost';
        document.body.classList.add('offline');
        const banner = document.getElementById('connection-banner')!;
        banner.classList.remove('ok');
        banner.hidden = false;
        (document.getElementById('btn-reconnect') as HTMLElement).hidden = false;
        document.getElementById('connection-text')!.textContent = this.lostText() + ' Reconnecting…';
        document.getElementById('connection-refused')!.textContent = '';
        this.reconnect?.();
    }

    cancel(): void {
        const status = document.getElementById('train-status')!;
        status.textContent = 'cancelling…';
        (window as any).spinflowTraining.state = 'cancelling';
        (document.getElementById('btn-cancel') as HTMLButtonElement).disabled = true;
        this.dispatcher?.dispatch({ kind: 'spinflowCancelTraining' } as any);
    }

    currentModel(): string {
        return new URLSearchParams(window.location.search).get('model') ?? 'model.spinflow';
    }

    /** Starts a run with the model's own training settings (shown and edited in the toolbar). */
    train(): void {
        this.epochCount = 0;
        (window as any).spinflowTraining = { epochs: 0, state: 'requested', history: [], chartPoints: 0, lines: 0 };
        this.resetChart();
        this.dispatcher?.dispatch({ kind: 'spinflowTrain' } as any);
    }

    historyKey(): string {
        return 'spinflow-history:' + this.currentModel();
    }

    restoreHistory(): void {
        try {
            const h = JSON.parse(window.localStorage.getItem(this.historyKey()) ?? 'null');
            if (h && Array.isArray(h.history)) {
                (window as any).spinflowTraining = { epochs: h.history.length, state: h.state ?? 'idle', history: h.history, restored: true };
                this.resetChart();
                for (const r of h.history) this.addPoint(r);
                this.drawNow();
                const status = document.getElementById('train-status');
                if (status) status.textContent = `last run: ${h.state ?? ''} (${h.history.length} epochs)`;
            }
        } catch {
            // an unreadable stored history is dropped
        }
    }

    saveHistory(): void {
        const t = (window as any).spinflowTraining;
        try {
            window.localStorage.setItem(this.historyKey(), JSON.stringify({ state: t.state, history: t.history }));
        } catch {
            // storage full or disabled: the chart still works, it just does not survive a reload
        }
    }

    setupChart(): void {
        const canvas = document.getElementById('chart') as HTMLCanvasElement | null;
        if (!canvas || this.chart) return;
        this.chart = new Chart(canvas, {
            type: 'line',
            data: { datasets: [] },
            options: {
                animation: false,
                parsing: false,
                normalized: true,
                responsive: false,
                plugins: { legend: { labels: { boxWidth: 10, font: { size: 10 } } } },
                scales: {
                    x: { type: 'linear', title: { display: true, text: 'epoch (within its fold)' } },
                    y: { type: 'linear', position: 'left', title: { display: true, text: 'loss' } },
                    y1: { type: 'linear', position: 'right', min: 0, max: 1, grid: { drawOnChartArea: false }, title: { display: true, text: 'val acc (dashed)' } }
                }
            }
        });
    }

    resetChart(): void {
        this.setupChart();
        if (this.chart) {
            this.chart.data.datasets = [];
            this.chart.update();
        }
    }

    static readonly COLORS = ['#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457', '#558b2f', '#4e342e'];

    /** One loss line per fold (and a dashed validation-accuracy line), plus one line for the final fit. */
    addPoint(r: any): void {
        if (!this.chart) return;
        const final = r.folds > 0 && r.fold >= r.folds;
        const key = final ? 'final fit' : `fold ${r.fold + 1}`;
        const ds = this.chart.data.datasets as any[];
        let loss = ds.find(d => d.label === key + ' loss');
        if (!loss) {
            const color = final ? '#212121' : Panels.COLORS[r.fold % Panels.COLORS.length];
            loss = { label: key + ' loss', data: [], borderColor: color, backgroundColor: color, yAxisID: 'y', pointRadius: 0, borderWidth: final ? 2.5 : 1.5 };
            ds.push(loss);
            if (!final) ds.push({ label: key + ' val acc', data: [], borderColor: color, backgroundColor: color, yAxisID: 'y1', pointRadius: 0, borderWidth: 1, borderDash: [4, 3] });
        }
        loss.data.push({ x: r.epoch + 1, y: r.loss });
        const acc = ds.find(d => d.label === key + ' val acc');
        if (acc && r.validationAccuracy >= 0) acc.data.push({ x: r.epoch + 1, y: r.validationAccuracy });
        const t = (window as any).spinflowTraining;
        t.chartPoints = (t.chartPoints ?? 0) + 1;
        t.lines = ds.filter(d => d.label.endsWith(' loss')).length;
        this.chartDirty = true;
    }

    /** Redraws at most 4 times a second, whatever the epoch rate (the page never falls behind the run). */
    scheduleDraw(): void {
        if (this.chartTimer) return;
        const wait = Math.max(0, 250 - (performance.now() - this.lastDraw));
        this.chartTimer = window.setTimeout(() => {
            this.chartTimer = 0;
            this.drawNow();
        }, wait);
    }

    drawNow(): void {
        if (!this.chart || !this.chartDirty) return;
        this.chartDirty = false;
        this.lastDraw = performance.now();
        this.chart.update('none');
        this.draws++;
        (window as any).spinflowTraining.draws = this.draws;
    }

    onAction(action: any): void {
        switch (action.kind) {
            case 'spinflowTrainingProgress':
                return this.progress(action);
            case 'setDirtyState':
                document.getElementById('dirty')?.classList.toggle('dirty', !!action.isDirty);
                document.body.dataset.dirty = String(!!action.isDirty);
                if (!action.isDirty && action.reason === 'save' && this.pendingSaveAs) this.switchTo(this.pendingSaveAs);
                return;
            case 'setMarkers':
                return this.problems(action.markers ?? []);
            case 'spinflowFileChanged':
                return this.fileChanged(action);
            case 'spinflowEditRejected':
                return this.rejected(action);
            case 'message':
                if (action.message) this.message(action.severity ?? 'INFO', action.message);
                if (action.severity === 'ERROR') this.pendingSaveAs = '';
                return;
        }
    }

    /** After Save As the page edits the new file (the server session already does): address, title and a note. */
    switchTo(path: string): void {
        this.pendingSaveAs = '';
        const params = new URLSearchParams(window.location.search);
        params.set('model', path);
        window.history.replaceState(null, '', window.location.pathname + '?' + params.toString());
        this.setModelName(path);
        document.body.dataset.model = path;
        this.message('INFO', `Saved as ${path}; you are now editing ${path}`);
    }

    /** An edit was refused by the server: the field shows the model's value again and the reason beside it. */
    rejected(a: any): void {
        const reason = a.reason ?? 'the edit was refused';
        document.body.dataset.rejection = reason;
        (window as any).spinflowRejections = [...((window as any).spinflowRejections ?? []), a];
        const input = a.property ? document.querySelector(`#props-body [data-prop="${CSS.escape(a.property)}"]`) as HTMLInputElement | null : null;
        if (input) {
            input.value = input.dataset.modelValue ?? '';
            input.classList.add('invalid');
            const err = document.getElementById('prop-error-' + a.property) ?? document.createElement('div');
            err.id = 'prop-error-' + a.property;
            err.className = 'prop-error';
            err.textContent = reason;
            input.closest('td')?.appendChild(err);
        } else {
            this.message('WARNING', reason);
        }
        const status = document.getElementById('edit-status');
        if (status) status.textContent = reason;
    }

    progress(a: any): void {
        const t = (window as any).spinflowTraining;
        const status = document.getElementById('train-status')!;
        const train = document.getElementById('btn-train') as HTMLButtonElement;
        const cancel = document.getElementById('btn-cancel') as HTMLButtonElement;
        if (a.state === 'epoch') {
            if (t.state === 'cancelling' || t.state === 'cancelled') return; // the server stops within a batch; late epochs are not drawn
            this.epochCount++;
            t.epochs = this.epochCount;
            const r = { fold: a.fold, folds: a.folds, epoch: a.epoch, epochs: a.epochs, loss: a.loss, trainAccuracy: a.trainAccuracy, validationAccuracy: a.validationAccuracy };
            t.history.push(r);
            this.addPoint(r);
            this.scheduleDraw();
            const fold = a.fold >= a.folds ? 'final fit' : `fold ${a.fold + 1}/${a.folds}`;
            status.textContent = `${fold} epoch ${a.epoch + 1}/${a.epochs} loss ${a.loss.toFixed(3)} acc ${(100 * a.trainAccuracy).toFixed(1)}%`;
            return;
        }
        t.state = a.state;
        status.textContent = a.message ?? a.state;
        const running = a.state === 'started';
        train.disabled = running;
        cancel.disabled = !running;
        if (!running) {
            this.drawNow();
            this.saveHistory();
        }
        if (a.message) this.message(a.state === 'error' ? 'ERROR' : 'INFO', a.message);
    }

    problems(markers: any[]): void {
        const list = document.getElementById('problem-list')!;
        list.innerHTML = '';
        for (const m of markers) {
            const li = document.createElement('li');
            li.className = m.kind;
            li.dataset.element = m.elementId;
            li.textContent = m.description;
            li.title = 'click to show the element';
            list.appendChild(li);
        }
        document.body.dataset.problems = String(markers.length);
    }

    /**
     * A save was refused because the file changed on disk (another editor or a training run wrote it); nothing
     * was written. Asks the user: overwrite it with this version, or keep the disk version (and offer a reload).
     * Embedded in the IDE, the page only records the conflict: the IDE editor asks with its own dialog.
     */
    fileChanged(a: any): void {
        const text = a.message ?? `${this.currentModel()} changed on disk since it was opened (another editor or a training run wrote it).`;
        const w = window as any;
        w.spinflowConflict = { file: a.file ?? '', message: text, answer: 'pending', count: (w.spinflowConflict?.count ?? 0) + 1 };
        if (document.body.dataset.embedded === 'true') {
            document.body.dataset.conflict = String(w.spinflowConflict.count);
            return;
        }
        if (window.confirm(text + ' Overwrite it with your version?')) {
            w.spinflowConflict.answer = 'overwrite';
            this.dispatcher?.dispatch({ kind: 'spinflowForceSave' } as any);
            return;
        }
        w.spinflowConflict.answer = 'keep';
        const li = document.createElement('li');
        li.className = 'file-changed';
        li.textContent = `warning: not saved: ${text} The disk version was kept. `;
        const reload = document.createElement('button');
        reload.id = 'btn-reload';
        reload.textContent = 'Reload from disk (discards your edits)';
        reload.addEventListener('click', () => window.location.reload());
        li.append(reload);
        document.getElementById('message-list')?.prepend(li);
    }

    message(severity: string, text: string): void {
        const li = document.createElement('li');
        li.textContent = `${severity.toLowerCase()}: ${text}`;
        document.getElementById('message-list')?.prepend(li);
    }

    /** The selected node, looked up in the current model (the selection may still hold the previous model's objects). */
    selected(): GModelElement | undefined {
        const sel = this.editorContext?.selectedElements ?? [];
        const index = this.root()?.index;
        for (const e of sel) {
            const id = e.type.startsWith('node:') ? e.id : (e as any).parent?.type?.startsWith('node:') ? (e as any).parent.id : undefined;
            if (id) return (index?.getById(id) ?? e) as GModelElement;
        }
        return undefined;
    }

    /**
     * Re-reads the model after every change: the table is rebuilt when the selection or the set of properties
     * changed, otherwise every field shows the model's value again, except a field the user is typing in.
     */
    refresh(): void {
        const root = this.root();
        if (!root) return;
        this.syncTrainingFields(root);
        const node = this.selected() as any;
        const target = node ?? root;
        const id = node ? node.id : '';
        const props: Property[] = this.propertiesOf(target);
        const shape = id + '|' + props.map(p => p.name + ':' + (p.options ?? []).join(',')).join('|');
        const body = document.getElementById('props-body')!;
        if (shape === this.renderedKey && this.selectedId === id) {
            for (const p of props) {
                const input = body.querySelector(`[data-prop="${CSS.escape(p.name)}"]`) as HTMLInputElement | HTMLSelectElement | null;
                if (!input) continue;
                const editing = document.activeElement === input && input.value !== input.dataset.modelValue;
                input.dataset.modelValue = p.value;
                if (!editing) input.value = p.value;
            }
            const title = document.getElementById('props-title');
            if (title) title.innerHTML = this.title(node, root);
            this.detailsIfChanged(node);
            return;
        }
        this.renderedKey = shape;
        if (this.selectedId !== id) {
            const status = document.getElementById('edit-status');
            if (status) status.textContent = '';
        }
        this.selectedId = id;
        body.innerHTML = '';
        const title = document.createElement('div');
        title.innerHTML = this.title(node, root);
        title.id = 'props-title';
        body.appendChild(title);
        const table = document.createElement('table');
        for (const p of props) {
            const tr = document.createElement('tr');
            const td1 = document.createElement('td');
            td1.textContent = p.unit ? `${p.name} (${p.unit})` : p.name;
            td1.title = [p.description, p.range].filter(x => x).join('; ');
            const td2 = document.createElement('td');
            let input: HTMLInputElement | HTMLSelectElement;
            const options = p.options ?? (p.type === 'EBoolean' || p.type === 'boolean' ? ['true', 'false'] : undefined);
            if (options) {
                const sel = document.createElement('select');
                // a value outside the choices (a typo in the file) is shown as such, so it can be seen and fixed
                for (const o of options.includes(p.value) || p.value === '' ? options : [p.value, ...options]) {
                    const opt = document.createElement('option');
                    opt.value = o;
                    opt.textContent = options.includes(o) ? o : o + ' (unknown)';
                    sel.appendChild(opt);
                }
                sel.value = p.value;
                input = sel;
            } else {
                const i = document.createElement('input');
                i.value = p.value;
                i.type = 'text';
                input = i;
            }
            input.dataset.prop = p.name;
            input.dataset.modelValue = p.value;
            input.addEventListener('change', () => {
                input.classList.remove('invalid');
                document.getElementById('prop-error-' + p.name)?.remove();
                if (input.value !== input.dataset.modelValue) this.setProperty(id, p.name, input.value);
            });
            if (input instanceof HTMLInputElement) {
                input.addEventListener('keydown', e => {
                    if (e.key === 'Enter') {
                        input.blur();
                    } else if (e.key === 'Escape') {
                        input.value = input.dataset.modelValue ?? '';
                        input.blur();
                    }
                });
            }
            td2.appendChild(input);
            tr.append(td1, td2);
            table.appendChild(tr);
        }
        body.appendChild(table);
        this.lastDetails = '';
        this.detailsIfChanged(node);
    }

    lastDetails = '';

    /**
     * The properties of an element: a lean model (the studio's page asks for one) sends each node's values only, in
     * the order of its kind's schema, sent once in the root's "schemas"; otherwise the element carries them in full.
     */
    propertiesOf(target: any): Property[] {
        if (target?.args?.values !== undefined) {
            const root = this.root();
            if (root !== this.schemaRoot) {
                this.schemaRoot = root;
                this.schemas = JSON.parse(root?.args?.schemas ?? '{}');
            }
            const schema: Property[] = this.schemas[target.args.kindId] ?? [];
            const values: string[] = JSON.parse(target.args.values);
            return schema.map((p, i) => ({ ...p, value: values[i] ?? '' }));
        }
        return JSON.parse(target?.args?.properties ?? '[]');
    }

    private schemaRoot: any;
    private schemas: Record<string, Property[]> = {};

    title(node: any, root: any): string {
        return node ? `<b>${esc(node.args?.kind ?? '')}</b> ${esc(node.args?.name ?? '')}` : `<b>Network</b> ${esc(root.args?.name ?? '')}`;
    }

    detailsIfChanged(node: any): void {
        const key = (node?.id ?? '') + '|' + (node?.args?.heatmap ?? '').length + '|' + (node?.args?.name ?? '') + '|' + (node?.args?.properties ?? node?.args?.values ?? '');
        if (key === this.lastDetails) return;
        this.lastDetails = key;
        this.details(node);
    }

    /** The toolbar shows the model's own training settings (epochs, folds); editing them edits the model. */
    syncTrainingFields(root: any): void {
        const props: Property[] = JSON.parse(root.args?.properties ?? '[]');
        for (const [id, name] of [['train-epochs', 'training.epochs'], ['train-folds', 'training.split.folds']]) {
            const input = document.getElementById(id) as HTMLInputElement | null;
            const p = props.find(q => q.name === name);
            if (!input) continue;
            input.disabled = !p;
            if (p && document.activeElement !== input) input.value = p.value;
        }
    }

    setProperty(elementId: string, property: string, value: string): void {
        if (!this.connected) {
            this.refuseOffline('Not changed');
            this.renderedKey = '';
            this.refresh(); // the field shows the model's value again
            return;
        }
        this.dispatcher?.dispatch({ kind: 'spinflowSetProperty', elementId, property, value, isOperation: true } as any);
    }

    /** Saves, or says why not (no connection: nothing would reach the server). */
    save(): void {
        this.edit(() => this.dispatcher?.dispatch(SaveModelAction.create()), 'Not saved');
    }

    /** Runs an edit when the server is connected; otherwise refuses it visibly. */
    edit(run: () => void, what = 'Not done'): boolean {
        if (!this.connected) {
            this.refuseOffline(what);
            return false;
        }
        run();
        return true;
    }

    refuseOffline(what: string): void {
        const text = `${what}: no connection to the studio server (reconnecting…); nothing was sent.`;
        document.body.dataset.refused = String(Number(document.body.dataset.refused ?? '0') + 1);
        const el = document.getElementById('connection-refused');
        if (el) el.textContent = text;
        const banner = document.getElementById('connection-banner');
        if (banner) banner.hidden = false;
    }

    /**
     * While the connection is down, edits in the diagram (mouse presses, keys other than navigation) are stopped
     * before the diagram sees them and refused with a visible note, so nothing is changed on screen only.
     */
    offlineGuard(): void {
        const inEditor = (e: Event) => !!(e.target as Element)?.closest?.('#sprotty, #props-body, #toolbar');
        for (const type of ['mousedown', 'dblclick']) {
            window.addEventListener(type, e => {
                if (this.connected || !(e.target as Element)?.closest?.('#sprotty')) return;
                e.stopImmediatePropagation();
                e.preventDefault();
                this.refuseOffline('Not edited');
            }, true);
        }
        window.addEventListener('keydown', e => {
            if (this.connected || !inEditor(e)) return;
            const nav = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Tab', 'Escape'].includes(e.key)
                || ((e.ctrlKey || e.metaKey) && ['=', '+', '-', '0'].includes(e.key));
            if (nav || (e.target as Element)?.closest?.('input, select, textarea')) return;
            if (!(e.ctrlKey || e.metaKey) && !['Delete', 'Backspace'].includes(e.key)) return;
            e.stopImmediatePropagation();
            e.preventDefault();
            this.refuseOffline((e.key === 's' || e.key === 'S') ? 'Not saved' : 'Not edited');
        }, true);
    }

    /** The viewport to keep across a reconnect. */
    viewport(): { scroll: { x: number; y: number }; zoom: number } | undefined {
        const r = this.root();
        return r ? { scroll: { ...r.scroll }, zoom: r.zoom } : undefined;
    }

    reconnecting(attempt: number): void {
        document.body.dataset.connection = 'reconnecting';
        const text = document.getElementById('connection-text');
        if (text) text.textContent = this.lostText() + ` Reconnecting (attempt ${attempt})…`;
    }

    lostText(): string {
        return 'Connection to the studio server lost: edits and saves are refused until it is back.'
            + (this.dirtyAtLoss ? ' Your unsaved edits are kept in the server\'s recovery copy and come back with it.' : '');
    }

    /**
     * The model was re-opened over a new connection: unsaved edits come back from the server's recovery copy (the model
     * then says "recovered" and stays dirty); says whether they were kept or lost.
     */
    reconnected(viewport?: { scroll: { x: number; y: number }; zoom: number }): void {
        this.connected = true;
        this.reconnects++;
        const root = this.root();
        if (viewport && root) this.dispatcher?.dispatch(SetViewportAction.create(root.id, viewport, { animate: false }));
        else this.fit();
        const recovered = root?.args?.recovered === 'true';
        document.body.dataset.dirty = String(recovered);
        document.getElementById('dirty')?.classList.toggle('dirty', recovered);
        const lost = this.dirtyAtLoss && !recovered;
        const text = recovered
            ? `Reconnected to the studio server. Your unsaved edits were kept (restored from the recovery copy): save them with Ctrl+S.`
            : lost
                ? `Reconnected to the studio server. Your unsaved edits were lost: the model was re-opened as last saved (${this.currentModel()}).`
                : `Reconnected to the studio server; nothing was lost (there were no unsaved edits).`;
        (window as any).spinflowReconnect = { count: this.reconnects, editsLost: lost, editsKept: recovered, text };
        document.body.dataset.reconnects = String(this.reconnects);
        document.body.dataset.connection = 'up';
        document.body.classList.remove('offline');
        const banner = document.getElementById('connection-banner')!;
        banner.classList.add('ok');
        banner.hidden = false;
        document.getElementById('connection-text')!.textContent = text;
        document.getElementById('connection-refused')!.textContent = '';
        (document.getElementById('btn-reconnect') as HTMLElement).hidden = true;
        this.message(lost ? 'WARNING' : 'INFO', text);
    }

    /** The "New model" dialog: a template, a file name; the model is created (never over a file) and opened. */
    async newModel(): Promise<void> {
        const dialog = document.getElementById('new-dialog') as HTMLDialogElement;
        const select = document.getElementById('new-template') as HTMLSelectElement;
        const path = document.getElementById('new-path') as HTMLInputElement;
        const error = document.getElementById('new-error')!;
        error.textContent = '';
        if (!select.options.length) {
            try {
                const list: { id: string; label: string }[] = await (await fetch('/api/templates', { cache: 'no-store' })).json();
                for (const t of list) {
                    const o = document.createElement('option');
                    o.value = t.id;
                    o.textContent = t.label;
                    select.appendChild(o);
                }
            } catch {
                this.message('ERROR', 'Cannot list the templates: no connection to the studio server.');
                return;
            }
        }
        const dir = this.currentModel().includes('/') ? this.currentModel().replace(/[^/]*$/, '') : '';
        if (!path.value) path.value = dir + 'untitled.spinflow';
        dialog.showModal();
        path.focus();
        path.select();
    }

    async createModel(): Promise<void> {
        const select = document.getElementById('new-template') as HTMLSelectElement;
        const path = document.getElementById('new-path') as HTMLInputElement;
        const error = document.getElementById('new-error')!;
        error.textContent = '';
        let r: Response;
        try {
            r = await fetch('/api/new-model', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ template: select.value, path: path.value }) });
        } catch {
            error.textContent = 'Not created: no connection to the studio server.';
            return;
        }
        const d = await r.json().catch(() => ({ error: `Not created: HTTP ${r.status}` }));
        if (!r.ok || !d.model) {
            error.textContent = d.error ?? `Not created: HTTP ${r.status}`;
            return;
        }
        try {
            window.sessionStorage.setItem('spinflow-created', JSON.stringify({ model: d.model, template: select.selectedOptions[0]?.textContent ?? '', note: d.note ?? '' }));
        } catch {
            // the note is only shown when storage works
        }
        (document.getElementById('new-dialog') as HTMLDialogElement).close();
        const params = new URLSearchParams(window.location.search);
        params.set('model', d.model);
        window.location.assign(window.location.pathname + '?' + params.toString());
    }

    /** After "New model" opened the new file: says what was created and where its data is. */
    announceCreated(): void {
        try {
            const c = JSON.parse(window.sessionStorage.getItem('spinflow-created') ?? 'null');
            if (c && c.model === this.currentModel()) {
                window.sessionStorage.removeItem('spinflow-created');
                this.message('INFO', `Created ${c.model} from the ${c.template} template (${c.note}).`);
            }
        } catch {
            // nothing to say
        }
    }

    details(node: any): void {
        const canvas = document.getElementById('details-canvas') as HTMLCanvasElement;
        const text = document.getElementById('details-text')!;
        const g = canvas.getContext('2d')!;
        g.clearRect(0, 0, canvas.width, canvas.height);
        text.textContent = '';
        canvas.dataset.kind = '';
        canvas.hidden = false;
        this.transferCurve(node?.args?.device === 'true' ? node : undefined);
        const hm = node?.args?.heatmap ? JSON.parse(node.args.heatmap) : undefined;
        if (hm) {
            const cw = canvas.width / hm.cols;
            const ch = canvas.height / hm.rows;
            for (let r = 0; r < hm.rows; r++) {
                for (let c = 0; c < hm.cols; c++) {
                    const v = hm.w[r * hm.cols + c];
                    const a = Math.min(1, Math.abs(v));
                    g.fillStyle = v >= 0 ? `rgba(198,40,40,${a})` : `rgba(21,101,192,${a})`;
                    g.fillRect(c * cw, r * ch, Math.ceil(cw), Math.ceil(ch));
                }
            }
            canvas.dataset.kind = 'heatmap';
            text.textContent = `weights G+ − G− (${hm.physicalRows} × ${hm.physicalCols}), |max| = ${hm.maxSiemens.toExponential(2)} S; red positive, blue negative`;
        } else if (node?.args?.device === 'true') {
            canvas.hidden = true;
            text.textContent = 'transfer curve of the saved model…';
        } else if (node) {
            text.textContent = node.args?.learns === 'true' ? 'not trained yet' : 'no learned state for this node';
        }
    }

    /** Fetches and draws the transfer curve (and operating points) of an MTJ array from the saved model. */
    transferCurve(node: any): void {
        const req = ++this.curveRequest;
        const canvas = document.getElementById('curve-canvas') as HTMLCanvasElement | null;
        if (!canvas) return;
        const state: any = { state: node ? 'loading' : 'idle', node: node?.args?.name ?? '', curvePoints: 0, operatingPoints: 0 };
        (window as any).spinflowTransferCurve = state;
        canvas.dataset.kind = '';
        this.curveChart?.destroy();
        this.curveChart = undefined;
        canvas.hidden = true;
        if (!node) return;
        const url = `/api/transfer-curve?model=${encodeURIComponent(this.currentModel())}&node=${encodeURIComponent(node.args?.name ?? '')}`;
        fetch(url, { cache: 'no-store' })
            .then(async r => {
                const d = await r.json().catch(() => ({}));
                if (!r.ok) throw new Error(d.error ?? `HTTP ${r.status}`);
                return d;
            })
            .then(d => {
                if (req !== this.curveRequest) return;
                this.drawCurve(canvas, d, state);
            })
            .catch(e => {
                if (req !== this.curveRequest) return;
                state.state = 'error';
                state.reason = String(e?.message ?? e);
                const text = document.getElementById('details-text');
                if (text) text.textContent = 'transfer curve unavailable: ' + state.reason;
            });
    }

    drawCurve(canvas: HTMLCanvasElement, d: any, state: any): void {
        const xs: number[] = d.x ?? [];
        const ys: number[] = d.y ?? [];
        const curve = xs.map((x, i) => ({ x, y: ys[i] }));
        const points = (d.points ?? []).map((p: number[]) => ({ x: p[0], y: p[1] }));
        canvas.hidden = false;
        this.curveChart = new Chart(canvas, {
            type: 'scatter',
            data: {
                datasets: [
                    { type: 'line', label: 'nominal curve', data: curve, borderColor: '#2e7d32', pointRadius: 0, borderWidth: 2, order: 2 },
                    { type: 'scatter', label: 'operating points', data: points, backgroundColor: 'rgba(21,101,192,0.45)', pointRadius: 2, order: 1 }
                ]
            },
            options: {
                animation: false,
                parsing: false,
                responsive: false,
                scales: {
                    x: { type: 'linear', title: { display: true, text: `drive (${d.inputUnit ?? ''})` } },
                    y: { type: 'linear', title: { display: true, text: `output (${d.outputUnit ?? ''})` } }
                }
            }
        } as any);
        canvas.dataset.kind = 'transfer-curve';
        canvas.dataset.curvePoints = String(curve.length);
        canvas.dataset.operatingPoints = String(points.length);
        state.curvePoints = curve.length;
        state.operatingPoints = points.length;
        state.perNeuron = d.perNeuron ?? [];
        state.reason = d.reason;
        state.state = 'drawn';
        const text = document.getElementById('details-text');
        if (text) {
            const ops = d.samples ? `${points.length} operating points from ${d.samples} training samples × ${d.neurons} neurons (saved model)` : 'no operating points';
            text.textContent = `transfer curve of ${d.preset ?? 'the device'}: ${ops}` + (d.reason ? ` — ${d.reason}` : '');
        }
    }
}

function esc(s: string): string {
    return s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
