import { Chart, LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, ScatterController } from 'chart.js';
import { EditorContextService, GLSPActionDispatcher, GModelElement, RedoAction, SaveModelAction, UndoAction, FitToScreenAction } from '@eclipse-glsp/client';

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

    attach(dispatcher: GLSPActionDispatcher, editorContext: EditorContextService): void {
        this.dispatcher = dispatcher;
        this.editorContext = editorContext;
        const on = (id: string, f: () => void) => document.getElementById(id)?.addEventListener('click', f);
        on('btn-undo', () => dispatcher.dispatch(UndoAction.create()));
        on('btn-redo', () => dispatcher.dispatch(RedoAction.create()));
        on('btn-save', () => dispatcher.dispatch(SaveModelAction.create()));
        on('btn-save-as', () => {
            const p = window.prompt('Save as (path relative to the studio folder):', this.currentModel().replace(/\.spinflow$/, '-copy.spinflow'));
            if (p) dispatcher.dispatch(SaveModelAction.create({ fileUri: p }));
        });
        on('btn-export', () => {
            const p = window.prompt('Export standalone XMI to (relative path):', this.currentModel().replace(/\.spinflow$/, '.xmi'));
            if (p) dispatcher.dispatch({ kind: 'spinflowExport', path: p } as any);
        });
        on('btn-layout', () => dispatcher.dispatch(FitToScreenAction.create([], { padding: 20 })));
        on('btn-train', () => this.train());
        on('btn-cancel', () => dispatcher.dispatch({ kind: 'spinflowCancelTraining' } as any));
        editorContext.onSelectionChanged(() => this.refresh());
        editorContext.onModelRootChanged(() => this.refresh());
        window.addEventListener('keydown', e => {
            if ((e.ctrlKey || e.metaKey) && e.key === 's') {
                e.preventDefault();
                dispatcher.dispatch(SaveModelAction.create());
            }
        });
    }

    currentModel(): string {
        return new URLSearchParams(window.location.search).get('model') ?? 'model.spinflow';
    }

    train(): void {
        const epochs = parseInt((document.getElementById('train-epochs') as HTMLInputElement).value, 10) || undefined;
        const folds = parseInt((document.getElementById('train-folds') as HTMLInputElement).value, 10) || undefined;
        this.epochCount = 0;
        if (this.chart) {
            this.chart.data.datasets.forEach(d => (d.data = []));
            this.chart.update();
        }
        (window as any).spinflowTraining = { epochs: 0, state: 'requested', history: [] };
        this.dispatcher?.dispatch({ kind: 'spinflowTrain', epochs, folds } as any);
    }

    setupChart(): void {
        const canvas = document.getElementById('chart') as HTMLCanvasElement | null;
        if (!canvas || this.chart) return;
        this.chart = new Chart(canvas, {
            type: 'line',
            data: {
                datasets: [
                    { label: 'loss', data: [], borderColor: '#c62828', yAxisID: 'y', pointRadius: 2 },
                    { label: 'train acc', data: [], borderColor: '#1565c0', yAxisID: 'y1', pointRadius: 2 },
                    { label: 'val acc', data: [], borderColor: '#2e7d32', yAxisID: 'y1', pointRadius: 2 }
                ]
            },
            options: {
                animation: false,
                parsing: false,
                responsive: false,
                scales: {
                    x: { type: 'linear', title: { display: true, text: 'epoch' } },
                    y: { type: 'linear', position: 'left' },
                    y1: { type: 'linear', position: 'right', min: 0, max: 1, grid: { drawOnChartArea: false } }
                }
            }
        });
    }

    onAction(action: any): void {
        switch (action.kind) {
            case 'spinflowTrainingProgress':
                return this.progress(action);
            case 'setDirtyState':
                document.getElementById('dirty')?.classList.toggle('dirty', !!action.isDirty);
                document.body.dataset.dirty = String(!!action.isDirty);
                return;
            case 'setMarkers':
                return this.problems(action.markers ?? []);
            case 'spinflowFileChanged':
                return this.fileChanged(action);
            case 'message':
                if (action.message) this.message(action.severity ?? 'INFO', action.message);
                return;
        }
    }

    progress(a: any): void {
        const t = (window as any).spinflowTraining;
        const status = document.getElementById('train-status')!;
        const train = document.getElementById('btn-train') as HTMLButtonElement;
        const cancel = document.getElementById('btn-cancel') as HTMLButtonElement;
        if (a.state === 'epoch') {
            this.epochCount++;
            t.epochs = this.epochCount;
            t.history.push({ fold: a.fold, epoch: a.epoch, loss: a.loss, trainAccuracy: a.trainAccuracy, validationAccuracy: a.validationAccuracy });
            if (this.chart) {
                this.chart.data.datasets[0].data.push({ x: this.epochCount, y: a.loss } as any);
                this.chart.data.datasets[1].data.push({ x: this.epochCount, y: a.trainAccuracy } as any);
                if (a.validationAccuracy >= 0) this.chart.data.datasets[2].data.push({ x: this.epochCount, y: a.validationAccuracy } as any);
                this.chart.update();
                t.chartPoints = this.chart.data.datasets[0].data.length;
            }
            status.textContent = `fold ${a.fold + 1}/${a.folds} epoch ${a.epoch + 1}/${a.epochs} loss ${a.loss.toFixed(3)} acc ${(100 * a.trainAccuracy).toFixed(1)}%`;
            return;
        }
        t.state = a.state;
        status.textContent = a.message ?? a.state;
        const running = a.state === 'started';
        train.disabled = running;
        cancel.disabled = !running;
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

    selected(): GModelElement | undefined {
        const sel = this.editorContext?.selectedElements ?? [];
        for (const e of sel) {
            if (e.type.startsWith('node:')) return e as GModelElement;
            if (e.type.startsWith('label:') && (e as any).parent?.type?.startsWith('node:')) return (e as any).parent;
        }
        return undefined;
    }

    refresh(): void {
        const root = this.editorContext?.modelRoot as any;
        if (!root) return;
        const node = this.selected() as any;
        const target = node ?? root;
        const id = node ? node.id : '';
        const focused = document.activeElement as HTMLElement | null;
        if (focused && focused.closest('#props-body') && this.selectedId === id) {
            return; // do not disturb an edit in progress
        }
        const key = id + '|' + (target.args?.properties ?? '') + '|' + (target.args?.heatmap ?? '').length + '|' + (target.args?.name ?? '');
        if (key === this.renderedKey) {
            return; // nothing changed: keep the inputs (and any edit in progress)
        }
        this.renderedKey = key;
        this.selectedId = id;
        const body = document.getElementById('props-body')!;
        body.innerHTML = '';
        const props: Property[] = JSON.parse(target.args?.properties ?? '[]');
        const title = document.createElement('div');
        title.innerHTML = node ? `<b>${esc(target.args?.kind ?? '')}</b> ${esc(target.args?.name ?? '')}` : `<b>Network</b> ${esc(root.args?.name ?? '')}`;
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
            if (p.options) {
                const s = document.createElement('select');
                for (const o of p.options) {
                    const opt = document.createElement('option');
                    opt.value = o;
                    opt.textContent = o;
                    s.appendChild(opt);
                }
                s.value = p.value;
                input = s;
            } else if (p.type === 'EBoolean' || p.type === 'boolean') {
                const s = document.createElement('select');
                for (const o of ['true', 'false']) {
                    const opt = document.createElement('option');
                    opt.value = o;
                    opt.textContent = o;
                    s.appendChild(opt);
                }
                s.value = p.value;
                input = s;
            } else {
                const i = document.createElement('input');
                i.value = p.value;
                i.type = 'text';
                input = i;
            }
            input.dataset.prop = p.name;
            input.addEventListener('change', () => this.setProperty(id, p.name, input.value));
            if (input instanceof HTMLInputElement) {
                input.addEventListener('keydown', e => {
                    if (e.key === 'Enter') {
                        input.blur();
                    }
                });
            }
            td2.appendChild(input);
            tr.append(td1, td2);
            table.appendChild(tr);
        }
        body.appendChild(table);
        this.details(node);
    }

    setProperty(elementId: string, property: string, value: string): void {
        if (property === 'name' && elementId) {
            this.dispatcher?.dispatch({ kind: 'applyLabelEdit', labelId: elementId + '_name', text: value, isOperation: true } as any);
        } else {
            this.dispatcher?.dispatch({ kind: 'spinflowSetProperty', elementId, property, value, isOperation: true } as any);
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
