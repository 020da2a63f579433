import 'reflect-metadata';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@vscode/codicons/dist/codicon.css';
import './studio.css';
import { Container, inject, injectable } from 'inversify';
import {
    Action,
    BaseJsonrpcGLSPClient,
    ConsoleLogger,
    DiagramLoader,
    EditorContextService,
    FadeAnimation,
    FeatureModule,
    FeedbackAwareUpdateModelCommand,
    GLSPActionDispatcher,
    GLSPWebSocketProvider,
    GLabel,
    GLabelView,
    GNode,
    GEdge,
    IActionHandler,
    LogLevel,
    RoundedCornerNodeView,
    STANDALONE_MODULE_CONFIG,
    TYPES,
    bindOrRebind,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    editLabelFeature,
    initializeDiagramContainer,
    RedoAction,
    UndoAction,
    SaveModelAction,
    CenterAction,
    FitToScreenAction,
    GModelRegistry,
    GViewRegistry,
    GPort,
    RectangularNodeView,
    RenderingContext,
    IView,
    UpdateModelAction,
    GChildElement,
    Animation,
    CommandExecutionContext,
    GModelRoot
} from '@eclipse-glsp/client';
import { VNode } from 'snabbdom';
import { ConnectionView } from './views';
import { Panels } from './panels';

const DIAGRAM_TYPE = 'spinflow-diagram';
/**
 * Node kinds are declared on the server (node-kind descriptors); every diagram type `node:<kind>`
 * is a node drawn with the same view, so this client keeps no list of kinds and shows kinds
 * contributed by other bundles as they come.
 */
const NODE = 'node';
const isNodeType = (type: string): boolean => type.startsWith(NODE + ':');

@injectable()
class SpinflowModelRegistry extends GModelRegistry {
    override hasKey(key: string): boolean {
        return super.hasKey(key) || (isNodeType(key) && super.hasKey(NODE));
    }
    override get(key: string, arg: unknown): any {
        return !super.hasKey(key) && isNodeType(key) ? super.get(NODE, arg) : super.get(key, arg);
    }
}

@injectable()
class SpinflowViewRegistry extends GViewRegistry {
    override hasKey(key: string): boolean {
        return super.hasKey(key) || (isNodeType(key) && super.hasKey(NODE));
    }
    override get(key: string): IView {
        return !super.hasKey(key) && isNodeType(key) ? super.get(NODE) : super.get(key);
    }
}

export const panels = new Panels();

/**
 * Below this zoom labels (a 14 px name is then under 3 px high) and ports (under 3 px) are not drawn, so a large model
 * fitted to the screen renders its nodes and connections only; they come back when zooming in.
 */
export const DETAIL_ZOOM = 0.2;
const tooSmall = (element: any, context: RenderingContext): boolean =>
    context.targetKind !== 'hidden' && ((element.root as any)?.zoom ?? 1) < DETAIL_ZOOM;

@injectable()
class DetailLabelView extends GLabelView {
    override render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        return tooSmall(label, context) ? undefined : super.render(label, context);
    }
}

@injectable()
class DetailPortView extends RectangularNodeView {
    override render(port: Readonly<any>, context: RenderingContext): VNode | undefined {
        return tooSmall(port, context) ? undefined : super.render(port, context);
    }
}

/**
 * A node (or connection) the server's model no longer has fades out and is then taken off the diagram, once.
 *
 * sprotty's fade-out removes the element in the frame where the *eased* time is 1, while its animation ends in the frame
 * where the raw time is 1. Two frame times 250 ms apart (the animation's length) can differ by 249.9999999999999 in
 * floating point; the eased time then rounds to 1 a frame early, the element is removed, and the last frame removes it
 * again: "No such child n12" thrown in the frame callback, the animation never ends and every later model update (undo,
 * redo, any edit) waits behind it, so the page stops showing changes. Headless Chromium's frame clock (0.1 ms steps on
 * a 60 Hz grid) gives such a pair for about one animation in 60 (the browser suite's flaky undo of a duplicate).
 */
export class OnceFadeAnimation extends FadeAnimation {
    override tween(t: number, context: CommandExecutionContext): any {
        for (const fade of this.elementFades) {
            const element: any = fade.element;
            if (fade.type === 'in') {
                element.opacity = t;
            } else {
                element.opacity = 1 - t;
                if (t === 1 && this.removeAfterFadeOut && element instanceof GChildElement && element.parent?.children.includes(element)) {
                    element.parent.remove(element);
                }
            }
        }
        return this.model;
    }
}

/** GLSP's model update (client feedback kept across updates) with the fade-out above. */
@injectable()
class SpinflowUpdateModelCommand extends FeedbackAwareUpdateModelCommand {
    constructor(@inject(TYPES.Action) action: UpdateModelAction) {
        super(action);
    }

    protected override createAnimations(data: any, root: GModelRoot, context: CommandExecutionContext): Animation[] {
        return super.createAnimations(data, root, context)
            .map(a => a instanceof FadeAnimation && !(a instanceof OnceFadeAnimation) ? new OnceFadeAnimation(root, a.elementFades, context, true) : a);
    }
}

@injectable()
class ProgressHandler implements IActionHandler {
    handle(action: Action): void {
        panels.onAction(action as any);
    }
}

/** Timing marks of the model's way to the screen (read by test/bench.mjs): when each of these actions arrived. */
@injectable()
class MarkHandler implements IActionHandler {
    handle(action: Action): void {
        const marks = ((window as any).spinflowMarks ??= []);
        marks.push({ kind: action.kind, at: performance.now() });
    }
}

const spinflowModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        configureDefaultModelElements(context);
        // the update command is resolved by its class for each server update: ours replaces GLSP's
        bind(SpinflowUpdateModelCommand).toSelf();
        bindOrRebind(context, FeedbackAwareUpdateModelCommand).toService(SpinflowUpdateModelCommand);
        bindOrRebind(context, TYPES.SModelRegistry).to(SpinflowModelRegistry).inSingletonScope();
        bindOrRebind(context, TYPES.ViewRegistry).to(SpinflowViewRegistry).inSingletonScope();
        configureModelElement(context, NODE, GNode, RoundedCornerNodeView);
        configureModelElement(context, 'label:name', GLabel, DetailLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:kind', GLabel, DetailLabelView);
        configureModelElement(context, 'label:info', GLabel, DetailLabelView);
        configureModelElement(context, 'edge:connection', GEdge, ConnectionView);
        configureModelElement(context, 'port:in', GPort, DetailPortView);
        configureModelElement(context, 'port:out', GPort, DetailPortView);
        bind(ProgressHandler).toSelf().inSingletonScope();
        bind(MarkHandler).toSelf().inSingletonScope();
        for (const kind of ['requestBounds', 'setModel', 'updateModel']) {
            configureActionHandler(context, kind, MarkHandler);
        }
        for (const kind of ['spinflowTrainingProgress', 'spinflowFileChanged', 'setDirtyState', 'setMarkers', 'message', 'serverMessage', 'spinflowEditRejected']) {
            configureActionHandler(context, kind, ProgressHandler);
        }
    },
    { featureId: Symbol('spinflow') }
);

let wsUrl = '';
let modelUri = '';
/**
 * This page's recovery id: while the model has unsaved edits the server keeps a copy of it under this id, outside the
 * user's folder; after a server restart the page asks for it again and gets its edits back (not in the IDE, which
 * owns its editor's state).
 */
let recoveryId: string | undefined;

async function start(): Promise<void> {
    const params = new URLSearchParams(window.location.search);
    if (params.has('token')) {
        // the access token comes once in the address; the server keeps it in an HttpOnly cookie that the
        // page's requests and its WebSocket send, so it is taken out of the address bar and the history
        params.delete('token');
        const query = params.toString();
        window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
    }
    const model = params.get('model');
    if (!model) {
        return;
    }
    // embedded in the Eclipse IDE editor: the IDE has its own properties, outline, problems and training views,
    // so only the diagram (and its palette) is shown
    if (params.get('embedded') === '1') {
        document.body.classList.add('embedded');
        document.body.dataset.embedded = 'true';
    }
    if (params.get('embedded') !== '1') {
        const bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        recoveryId = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
    }
    panels.setModelName(model);
    panels.reconnect = () => reconnect();
    modelUri = model;
    wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/glsp`;
    watchConnection();
    const provider = new GLSPWebSocketProvider(wsUrl, { reconnecting: false });
    const connection = await provider.listen({ onConnection: () => undefined, logger: quietLogger });
    await open(connection, false);
    panels.fit();
    (window as any).spinflowFittedAt = performance.now();
    document.body.dataset.loaded = 'true';
    panels.announceCreated();
}

/** The provider's own log lines (it logs a refused reconnect attempt as an error); the banner says what matters. */
const quietLogger: any = { error: () => undefined, warn: () => undefined, info: () => undefined, log: () => undefined, debug: () => undefined };

/**
 * Opens the model over a (new) connection: a fresh GLSP client and diagram container rendering into a fresh
 * canvas element. On a reconnect the previous viewport is kept.
 */
async function open(connection: any, reconnecting: boolean): Promise<void> {
    const clientId = 'sprotty'; // GLSP renders into the element whose id is the client id
    const old = document.getElementById(clientId)!;
    if (reconnecting) {
        // the previous container's canvas and its UI extensions (palette) go; the new container renders anew
        const fresh = document.createElement('div');
        fresh.id = clientId;
        fresh.className = 'sprotty';
        old.replaceWith(fresh);
    }
    const glspClient = new BaseJsonrpcGLSPClient({ id: 'spinflow', connectionProvider: connection });
    const container = initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule({ clientId, diagramType: DIAGRAM_TYPE, glspClientProvider: async () => glspClient, sourceUri: modelUri },
            // no zoom floor that hides large models (a 500-node chain fits at about 0.006), and no scroll limit that
            // keeps part of one out of view (sprotty's default, +/-100,000, cut a 500-node chain 125,000 wide)
            { zoomLimits: { min: 0.005, max: 8 }, horizontalScrollLimits: { min: -1e9, max: 1e9 }, verticalScrollLimits: { min: -1e9, max: 1e9 } }),
        spinflowModule,
        STANDALONE_MODULE_CONFIG
    );
    const dispatcher = container.get(GLSPActionDispatcher);
    const editorContext = container.get(EditorContextService);
    panels.attach(dispatcher, editorContext);
    const loader = container.get(DiagramLoader);
    const t0 = performance.now();
    performance.mark('spinflow-load-start');
    if (reconnecting) modelUri = panels.currentModel(); // Save As may have switched the page to another file
    const options: Record<string, any> = { sourceUri: modelUri, isReconnecting: reconnecting };
    if (recoveryId) options.recoveryId = recoveryId;
    // each kind's property schema once instead of on every node (the IDE's editor, embedded, reads the full lists)
    if (document.body.dataset.embedded !== 'true') options.lean = 'true';
    await loader.load({ requestModelOptions: options });
    await dispatcher.onceModelInitialized();
    performance.mark('spinflow-model-initialized');
    if (!reconnecting) {
        (window as any).spinflowLoadStart = t0;
        (window as any).spinflowLoadMillis = performance.now() - t0;
    }
    (window as any).spinflow = {
        dispatcher,
        editorContext,
        undo: () => dispatcher.dispatch(UndoAction.create()),
        redo: () => dispatcher.dispatch(RedoAction.create()),
        save: () => panels.save(),
        // overwrites the file although it changed on disk (only after the user agreed to)
        forceSave: () => dispatcher.dispatch({ kind: 'spinflowForceSave' } as any),
        fit: () => panels.fit(),
        layout: () => panels.autoLayout(),
        // the clipboard of the page (the IDE's Edit > Copy, Cut and Paste call these)
        copy: () => panels.copy(),
        cut: () => panels.cut(),
        paste: () => panels.paste(),
        center: () => dispatcher.dispatch(CenterAction.create([]))
    };
}

let reconnecting = false;

/** Waits between two reconnect attempts: short at first, then once a second (a probe is one small request). */
export const RECONNECT_DELAYS = [250, 500, 750, 1000];

/**
 * The connection dropped (server restart or network): asks about once a second whether the server answers again, then
 * opens a new WebSocket and re-opens the model on it, without reloading the page (within about a second of the
 * server answering). The attempts are recorded in window.spinflowReconnectTrace (for the browser tests).
 */
async function reconnect(): Promise<void> {
    if (reconnecting) return;
    reconnecting = true;
    const trace: any = { lostAt: Date.now(), attempts: [] as { at: number; delay: number; answered: boolean }[] };
    (window as any).spinflowReconnectTrace = trace;
    try {
        for (let attempt = 1; ; attempt++) {
            const delay = RECONNECT_DELAYS[Math.min(attempt, RECONNECT_DELAYS.length) - 1];
            await new Promise(r => window.setTimeout(r, delay));
            panels.reconnecting(attempt);
            const record: any = { at: Date.now(), delay, answered: false };
            trace.attempts.push(record);
            try {
                const r = await fetch('/api/templates', { cache: 'no-store' }); // the server answers (and knows our token)
                if (!r.ok) continue;
                record.answered = true;
                trace.answeredAt ??= Date.now();
                const provider = new GLSPWebSocketProvider(wsUrl, { reconnecting: false });
                const connection = await Promise.race([
                    provider.listen({ onConnection: () => undefined, logger: quietLogger }),
                    // a server just started may take many seconds to accept its first WebSocket on a busy machine
                    new Promise<undefined>(r2 => window.setTimeout(() => r2(undefined), 30000))
                ]);
                record.socket = connection ? Date.now() - record.at : 'timeout';
                if (!connection) continue;
                const viewport = panels.viewport();
                await open(connection, true);
                record.opened = Date.now() - record.at;
                trace.reconnectedAt = Date.now();
                panels.reconnected(viewport);
                return;
            } catch {
                // not yet: the next attempt after a short wait
            }
        }
    } finally {
        reconnecting = false;
    }
}

function watchConnection(): void {
    const Native = window.WebSocket;
    let current: WebSocket | undefined;
    class Watched extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
            super(url, protocols);
            if (String(url).endsWith('/glsp')) {
                // arrival time, size and kind of the first messages (read by test/bench.mjs)
                const frames: any[] = ((window as any).spinflowFrames ??= []);
                const record = (dir: string, data: any) => {
                    if (frames.length >= 40 || typeof data !== 'string') return;
                    frames.push({ dir, at: performance.now(), size: data.length, kind: /"kind":"([^"]+)"/.exec(data.slice(0, 600))?.[1] ?? /"method":"([^"]+)"/.exec(data.slice(0, 600))?.[1] ?? '' });
                };
                this.addEventListener('message', e => record('in', e.data));
                const send = this.send.bind(this);
                this.send = (data: any) => {
                    record('out', data);
                    send(data);
                };
                this.addEventListener('open', () => {
                    current = this;
                    panels.connection(true);
                });
                // a failed attempt (never opened) is not a lost connection
                this.addEventListener('close', () => current === this && panels.connection(false));
            }
        }
    }
    (window as any).WebSocket = Watched;
}

start().catch(err => {
    console.error(err);
    panels.message('error', 'Cannot open the model: ' + (err?.message ?? err));
    document.body.dataset.loaded = 'error';
});
