// The curved edge program of the canvas (parallel relations between the same two entities): a quadratic curve with
// an arrow head at the target's rim, dashed like the straight edges (./dash-program.ts) by arc length in screen
// pixels, so a family keeps its dash pattern when its edge bends. The curve is the one @sigma/edge-curve and the
// pictures draw (control point: the chord's midpoint plus its normal times the edge's `curvature`). Each edge is one
// quad over the curve's hull; the fragment shader finds the nearest point of the curve (coarse samples, then Newton
// steps), its arc length (Simpson's rule), and paints the line, the gaps and the head.
import {
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  EdgeProgram,
  type InstancedProgramDefinition,
  type ProgramInfo,
} from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";
import { dashVector } from "./dash-program.ts";

const HEAD = DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS;

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_source;
attribute vec2 a_target;
attribute float a_targetSize;
attribute float a_thickness;
attribute float a_curvature;
attribute vec4 a_dash;
attribute float a_end;
attribute float a_side;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform float u_minEdgeThickness;
uniform float u_widenessToThicknessRatio;
uniform vec2 u_dimensions;

varying vec4 v_color;
varying vec2 v_a;
varying vec2 v_b;
varying vec2 v_c;
varying float v_thickness;
varying float v_targetSize;
varying vec4 v_dash;

const float bias = 255.0 / 254.0;

// Clip space to device pixels, as gl_FragCoord counts them.
vec2 toPixels(vec2 clip) {
  return (clip + 1.0) * u_dimensions / 2.0;
}

void main() {
  vec2 a = toPixels((u_matrix * vec3(a_source, 1.0)).xy);
  vec2 c = toPixels((u_matrix * vec3(a_target, 1.0)).xy);
  vec2 chord = c - a;
  vec2 perp = vec2(-chord.y, chord.x);
  vec2 b = (a + c) / 2.0 + perp * a_curvature;

  float thickness = max(u_minEdgeThickness, a_thickness / u_sizeRatio) * u_pixelRatio;
  // The quad: from a margin outside the chord to a margin beyond the curve's apex (half way to the control point).
  vec2 outward = normalize(perp) * sign(a_curvature);
  float margin = thickness * u_widenessToThicknessRatio + 2.0;
  float reach = mix(-margin, length(perp) * abs(a_curvature) / 2.0 + margin, a_side);
  vec2 pixel = mix(a, c, a_end) + outward * reach;
  gl_Position = vec4(pixel / u_dimensions * 2.0 - 1.0, 0.0, 1.0);

  v_a = a;
  v_b = b;
  v_c = c;
  v_thickness = thickness;
  v_targetSize = a_targetSize * u_pixelRatio / u_sizeRatio;
  v_dash = a_dash * u_pixelRatio;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_a;
varying vec2 v_b;
varying vec2 v_c;
varying float v_thickness;
varying float v_targetSize;
varying vec4 v_dash;

uniform float u_feather;
uniform float u_lengthToThicknessRatio;
uniform float u_widenessToThicknessRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

vec2 point(float t) {
  float s = 1.0 - t;
  return s * s * v_a + 2.0 * s * t * v_b + t * t * v_c;
}

vec2 tangent(float t) {
  return 2.0 * ((1.0 - t) * (v_b - v_a) + t * (v_c - v_b));
}

void main(void) {
  vec2 p = gl_FragCoord.xy;
  // The nearest point of the curve: the best of nine samples, refined by Newton's method.
  float t = 0.0;
  float best = 1e20;
  for (int i = 0; i <= 8; i++) {
    float ti = float(i) / 8.0;
    vec2 d = point(ti) - p;
    float dd = dot(d, d);
    if (dd < best) {
      best = dd;
      t = ti;
    }
  }
  vec2 second = 2.0 * (v_a - 2.0 * v_b + v_c);
  for (int i = 0; i < 3; i++) {
    vec2 d = point(t) - p;
    vec2 tg = tangent(t);
    float slope = dot(tg, tg) + dot(d, second);
    if (slope > 0.0) t = clamp(t - dot(d, tg) / slope, 0.0, 1.0);
  }
  float dist = length(point(t) - p);

  // Inside the target's disc nothing is drawn; just outside it the head narrows from its base to its tip.
  float fromTarget = length(p - v_c);
  float headLength = v_thickness * u_lengthToThicknessRatio;
  float halfWidth = v_thickness / 2.0;
  bool head = fromTarget < v_targetSize + headLength;
  if (head) halfWidth = max(0.0, fromTarget - v_targetSize) / headLength * v_thickness * u_widenessToThicknessRatio / 2.0;
  if (fromTarget < v_targetSize || dist > halfWidth + 1.0) {
    gl_FragColor = transparent;
    return;
  }
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  float gap = 0.0;
  float period = v_dash.x + v_dash.y + v_dash.z + v_dash.w;
  if (period > 0.0 && !head) {
    // Arc length from the source to t (Simpson's rule over the speed of the curve).
    float along = t / 6.0 * (length(tangent(0.0)) + 4.0 * length(tangent(t / 2.0)) + length(tangent(t)));
    float m = mod(along, period);
    float first = v_dash.x + v_dash.y;
    gap = (m < v_dash.x || (m >= first && m < first + v_dash.z)) ? 0.0 : 1.0;
  }
  float edge = smoothstep(halfWidth - u_feather, halfWidth, dist);
  gl_FragColor = mix(v_color, transparent, max(edge, gap));
  #endif
}
`;

const UNIFORMS = [
  "u_matrix",
  "u_sizeRatio",
  "u_pixelRatio",
  "u_minEdgeThickness",
  "u_dimensions",
  "u_feather",
  "u_lengthToThicknessRatio",
  "u_widenessToThicknessRatio",
] as const;
type Uniform = (typeof UNIFORMS)[number];

type CurvedEdgeData = EdgeDisplayData & { dash?: readonly number[]; curvature?: number };

const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;

/** The curvature of edges that do not say (@sigma/edge-curve's default). */
const DEFAULT_CURVATURE = 0.25;

export class EdgeDashedCurveProgram extends EdgeProgram<Uniform> {
  getDefinition(): InstancedProgramDefinition<Uniform> {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: "a_source", size: 2, type: FLOAT },
        { name: "a_target", size: 2, type: FLOAT },
        { name: "a_targetSize", size: 1, type: FLOAT },
        { name: "a_thickness", size: 1, type: FLOAT },
        { name: "a_curvature", size: 1, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_dash", size: 4, type: FLOAT },
      ],
      // The quad's corners: at the source or the target end, on the chord's side or beyond the curve.
      CONSTANT_ATTRIBUTES: [
        { name: "a_end", size: 1, type: FLOAT },
        { name: "a_side", size: 1, type: FLOAT },
      ],
      CONSTANT_DATA: [
        [0, 0],
        [1, 0],
        [0, 1],
        [0, 1],
        [1, 0],
        [1, 1],
      ],
    };
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    source: NodeDisplayData,
    target: NodeDisplayData,
    data: CurvedEdgeData,
  ): void {
    const a = this.array;
    let i = startIndex;
    const values = [source.x, source.y, target.x, target.y, target.size, data.size || 1];
    values.push(data.curvature ?? DEFAULT_CURVATURE, floatColor(data.color), edgeIndex, ...dashVector(data.dash));
    for (const v of values) a[i++] = v;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations: u }: ProgramInfo<Uniform>): void {
    gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
    gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(u.u_pixelRatio, params.pixelRatio);
    gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform2f(u.u_dimensions, params.width * params.pixelRatio, params.height * params.pixelRatio);
    gl.uniform1f(u.u_feather, params.antiAliasingFeather);
    gl.uniform1f(u.u_lengthToThicknessRatio, HEAD.lengthToThicknessRatio);
    gl.uniform1f(u.u_widenessToThicknessRatio, HEAD.widenessToThicknessRatio);
  }
}
