/** @jsx svg */
import { svg, GEdgeView, GEdge, Point, RenderingContext } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

/** Connections drawn with an arrow head at the target. */
@injectable()
export class ConnectionView extends GEdgeView {
    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const extra = super.renderAdditionals(edge, segments, context);
        const p1 = segments[segments.length - 2];
        const p2 = segments[segments.length - 1];
        const arrow = (
            <path
                class-sprotty-edge-arrow={true}
                class-arrow={true}
                d='M 1.5,0 L 10,-4 L 10,4 Z'
                transform={`rotate(${(Math.atan2(p1.y - p2.y, p1.x - p2.x) * 180) / Math.PI} ${p2.x} ${p2.y}) translate(${p2.x} ${p2.y})`}
            />
        );
        return [...extra, arrow as unknown as VNode];
    }
}
