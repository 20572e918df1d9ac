// The straight edge program of the canvas: a line from the source to the rim of the target (leaving room for the
// arrow head) whose fragment shader leaves gaps by distance along the edge in screen pixels, so relation families
// differ by dash pattern as well as by colour. The pattern comes from the style module (EdgeLook.dash, the same one
// the pictures' stroke-dasharray uses) through the edge reducer's `dash` attribute: up to two dash/gap pairs in CSS
// pixels; an empty pattern draws a solid line. Picking ignores the gaps, so a dashed edge is hovered like a solid one.
import {
  createEdgeCompoundProgram,
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  EdgeArrowHeadProgram,
  EdgeProgram,
  type InstancedProgramDefinition,
  type ProgramInfo,
} from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

/** Arrow head length as a multiple of the edge's thickness: the default of sigma's arrow head, which draws it. */
const ARROW_LENGTH_RATIO = DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS.lengthToThicknessRatio;

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_radius;
attribute float a_radiusCoef;
attribute vec4 a_dash;

uniform mat3 u_matrix;
uniform float u_zoomRatio;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_lengthToThicknessRatio;
uniform float u_feather;
uniform vec2 u_dimensions;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying vec4 v_dash;

const float bias = 255.0 / 254.0;

void main() {
  vec2 normal = a_normal * a_normalCoef;
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float thickness = pixelThickness * u_correctionRatio / u_sizeRatio;

  // The end at the target stops at the node's rim, before the arrow head.
  float radius = a_radius * a_radiusCoef;
  float side = sign(radius);
  float back = side * radius * 2.0 * u_correctionRatio / u_sizeRatio + thickness * u_lengthToThicknessRatio * 2.0;
  vec2 along = vec2(-side * unitNormal.y, side * unitNormal.x) * back;
  vec2 position = mix(a_positionStart, a_positionEnd, a_positionCoef) + unitNormal * thickness + along;
  vec2 clip = (u_matrix * vec3(position, 1.0)).xy;
  gl_Position = vec4(clip, 0.0, 1.0);

  // Distance from the source along the edge, in device pixels (affine across the quad, so it interpolates exactly).
  vec2 start = (u_matrix * vec3(a_positionStart, 1.0)).xy;
  vec2 end = (u_matrix * vec3(a_positionEnd, 1.0)).xy;
  vec2 direction = normalize((end - start) * u_dimensions);
  v_along = dot((clip - start) * u_dimensions / 2.0, direction);
  v_dash = a_dash * u_pixelRatio;

  v_thickness = thickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;
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
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying vec4 v_dash;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  float gap = 0.0;
  float period = v_dash.x + v_dash.y + v_dash.z + v_dash.w;
  if (period > 0.0) {
    float m = mod(v_along, period);
    float first = v_dash.x + v_dash.y;
    gap = (m < v_dash.x || (m >= first && m < first + v_dash.z)) ? 0.0 : 1.0;
  }
  float edge = smoothstep(v_thickness - v_feather, v_thickness, length(v_normal) * v_thickness);
  gl_FragColor = mix(v_color, transparent, max(edge, gap));
  #endif
}
`;

const UNIFORMS = [
  "u_matrix",
  "u_zoomRatio",
  "u_sizeRatio",
  "u_correctionRatio",
  "u_pixelRatio",
  "u_feather",
  "u_minEdgeThickness",
  "u_lengthToThicknessRatio",
  "u_dimensions",
] as const;
type Uniform = (typeof UNIFORMS)[number];

/** An edge's display data as the reducer gives it: sigma's, plus the dash pattern. */
type DashedEdgeData = EdgeDisplayData & { dash?: readonly number[] };

const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;

/** The dash pattern as the shader's four numbers: [dash, gap] or [dash, gap, dash, gap]; solid: zeros. */
export function dashVector(dash: readonly number[] | undefined): [number, number, number, number] {
  if (!dash || dash.length === 0) return [0, 0, 0, 0];
  if (dash.length === 2) return [dash[0], dash[1], 0, 0];
  if (dash.length === 4) return [dash[0], dash[1], dash[2], dash[3]];
  throw new Error(`dash-program: a dash pattern has 0, 2 or 4 numbers, got [${dash.join(", ")}]`);
}

export class EdgeDashedLineProgram extends EdgeProgram<Uniform> {
  getDefinition(): InstancedProgramDefinition<Uniform> {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: "a_positionStart", size: 2, type: FLOAT },
        { name: "a_positionEnd", size: 2, type: FLOAT },
        { name: "a_normal", size: 2, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_radius", size: 1, type: FLOAT },
        { name: "a_dash", size: 4, type: FLOAT },
      ],
      // Per vertex of the two triangles: at the start or the end, which side of the line, pulled back from the rim.
      CONSTANT_ATTRIBUTES: [
        { name: "a_positionCoef", size: 1, type: FLOAT },
        { name: "a_normalCoef", size: 1, type: FLOAT },
        { name: "a_radiusCoef", size: 1, type: FLOAT },
      ],
      CONSTANT_DATA: [
        [0, 1, 0],
        [0, -1, 0],
        [1, 1, 1],
        [1, 1, 1],
        [0, -1, 0],
        [1, -1, -1],
      ],
    };
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    source: NodeDisplayData,
    target: NodeDisplayData,
    data: DashedEdgeData,
  ): void {
    const thickness = data.size || 1;
    const [dx, dy] = [target.x - source.x, target.y - source.y];
    const length = Math.hypot(dx, dy);
    const [nx, ny] = length ? [(-dy / length) * thickness, (dx / length) * thickness] : [0, 0];
    const a = this.array;
    let i = startIndex;
    for (const v of [source.x, source.y, target.x, target.y, nx, ny, floatColor(data.color), edgeIndex]) a[i++] = v;
    a[i++] = target.size || 1;
    for (const v of dashVector(data.dash)) a[i++] = v;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations: u }: ProgramInfo<Uniform>): void {
    gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
    gl.uniform1f(u.u_zoomRatio, params.zoomRatio);
    gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(u.u_pixelRatio, params.pixelRatio);
    gl.uniform1f(u.u_feather, params.antiAliasingFeather);
    gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform1f(u.u_lengthToThicknessRatio, ARROW_LENGTH_RATIO);
    gl.uniform2f(u.u_dimensions, params.width * params.pixelRatio, params.height * params.pixelRatio);
  }
}

/** A dashed line with sigma's arrow head at the target. */
export const EdgeDashedArrowProgram = createEdgeCompoundProgram([EdgeDashedLineProgram, EdgeArrowHeadProgram]);
