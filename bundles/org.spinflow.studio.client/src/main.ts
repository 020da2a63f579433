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
        for (const kind of ['spinflowTrainingProgress', 'spinflowFileChanged', 'setDirtyState', 'setMarkers', 'message', 'serverMessage', 'spinflowEditRejected']) {
            configureActionHandler(context, kind, ProgressHandler);
        }
    },
    { featureId: Symbol('spinflow') }
);

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
    const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/glsp`;
    watchConnection();
    const provider = new GLSPWebSocketProvider(wsUrl, { reconnecting: false });
    const connection = await provider.listen({ onConnection: () => undefined, logger: console as any });
    const clientId = 'sprotty'; // GLSP renders into the element whose id is the client id
    const glspClient = new BaseJsonrpcGLSPClient({ id: 'spinflow', connectionProvider: connection });
    const container = initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule({ clientId, diagramType: DIAGRAM_TYPE, glspClientProvider: async () => glspClient, sourceUri: model },
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
    await loader.load({ requestModelOptions: { sourceUri: model } });
    await dispatcher.onceModelInitialized();
    panels.fit();
    (window as any).spinflowLoadMillis = performance.now() - t0;
    (window as any).spinflow = {
        dispatcher,
        editorContext,
        undo: () => dispatcher.dispatch(UndoAction.create()),
        redo: () => dispatcher.dispatch(RedoAction.create()),
        save: () => dispatcher.dispatch(SaveModelAction.create()),
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
    document.body.dataset.loaded = 'true';
}

/**
 * Watches the page's WebSocket to the studio server: when it closes, a banner says so (edits and saves no longer
 * reach the server) and the page polls the server; once it answers, a page without unsaved edits reconnects by
 * reloading, one with unsaved edits offers the reload (a restarted server has lost the session's edits).
 */
function watchConnection(): void {
    const Native = window.WebSocket;
    class Watched extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
            super(url, protocols);
            if (String(url).endsWith('/glsp')) {
                this.addEventListener('open', () => panels.connection(true));
                this.addEventListener('close', () => panels.connection(false));
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
