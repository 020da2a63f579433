import 'reflect-metadata';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@vscode/codicons/dist/codicon.css';
import './studio.css';
import { Container, injectable } from 'inversify';
import {
    Action,
    BaseJsonrpcGLSPClient,
    ConsoleLogger,
    DiagramLoader,
    EditorContextService,
    FeatureModule,
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
    IView
} from '@eclipse-glsp/client';
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
        bindOrRebind(context, TYPES.SModelRegistry).to(SpinflowModelRegistry).inSingletonScope();
        bindOrRebind(context, TYPES.ViewRegistry).to(SpinflowViewRegistry).inSingletonScope();
        configureModelElement(context, NODE, GNode, RoundedCornerNodeView);
        configureModelElement(context, 'label:name', GLabel, GLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:kind', GLabel, GLabelView);
        configureModelElement(context, 'label:info', GLabel, GLabelView);
        configureModelElement(context, 'edge:connection', GEdge, ConnectionView);
        configureModelElement(context, 'port:in', GPort, RectangularNodeView);
        configureModelElement(context, 'port:out', GPort, RectangularNodeView);
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
            // no zoom floor that hides large models (a 500-node chain fits at about 0.02)
            { zoomLimits: { min: 0.005, max: 8 } }),
        spinflowModule,
        STANDALONE_MODULE_CONFIG
    );
    const dispatcher = container.get(GLSPActionDispatcher);
    const editorContext = container.get(EditorContextService);
    panels.attach(dispatcher, editorContext);
    const loader = container.get(DiagramLoader);
    const t0 = performance.now();
    performance.mark('spinflow-load-start');
    await loader.load({ requestModelOptions: { sourceUri: modelUri, isReconnecting: reconnecting } });
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

/**
 * The connection dropped (server restart or network): tries again with back-off (1, 2, 4, then every 8 s) - first
 * whether the server answers at all, then a new WebSocket - and re-opens the model on it, without reloading the page.
 */
async function reconnect(): Promise<void> {
    if (reconnecting) return;
    reconnecting = true;
    let delay = 1000;
    try {
        for (let attempt = 1; ; attempt++) {
            await new Promise(r => window.setTimeout(r, delay));
            delay = Math.min(8000, delay * 2);
            panels.reconnecting(attempt);
            try {
                const r = await fetch('/api/templates', { cache: 'no-store' }); // the server answers (and knows our token)
                if (!r.ok) continue;
                const provider = new GLSPWebSocketProvider(wsUrl, { reconnecting: false });
                const connection = await Promise.race([
                    provider.listen({ onConnection: () => undefined, logger: quietLogger }),
                    new Promise<undefined>(r2 => window.setTimeout(() => r2(undefined), 10000))
                ]);
                if (!connection) continue;
                const viewport = panels.viewport();
                await open(connection, true);
                panels.reconnected(viewport);
                return;
            } catch {
                // not yet: the next attempt after a longer wait
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
