#!/usr/bin/env node
// What holds the objects of a heap snapshot, grouped: `node test/tooling/heap-retainers.mjs
// <file.heapsnapshot> [top] [depth] [exclude]` (snapshots from `LIVE_HEAP_SNAPSHOT=<dir> BENCH=live-heap
// npm run bench`). Each object is labelled by its kind and the chain of its first retainers
// (`string <- .name of object Object <- [] of array …`), and the labels with the most objects are
// printed. A major collection's pause grows with the objects the heap holds; grouped like this,
// the few data structures that hold most of them per session stand out. With `exclude` (a
// constructor name, e.g. SoakHost) only objects that the page holds apart from what that object
// reaches are counted: the view's own objects, not the host's it shares.
import { readFileSync } from 'node:fs';

const [file, topArg = '50', depthArg = '3', excludeArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: heap-retainers.mjs <file.heapsnapshot> [top] [depth]');
  process.exit(2);
}
const top = Number(topArg);
const depth = Number(depthArg);

const snapshot = JSON.parse(readFileSync(file, 'utf8'));
const meta = snapshot.snapshot.meta;
const nodeWidth = meta.node_fields.length;
const edgeWidth = meta.edge_fields.length;
const nodeTypes = meta.node_types[meta.node_fields.indexOf('type')];
const edgeTypes = meta.edge_types[meta.edge_fields.indexOf('type')];
const typeAt = meta.node_fields.indexOf('type');
const nameAt = meta.node_fields.indexOf('name');
const edgeCountAt = meta.node_fields.indexOf('edge_count');
const edgeTypeAt = meta.edge_fields.indexOf('type');
const edgeNameAt = meta.edge_fields.indexOf('name_or_index');
const toNodeAt = meta.edge_fields.indexOf('to_node');
const { nodes, edges, strings } = snapshot;
const nodeCount = nodes.length / nodeWidth;

function isStrong(edge) {
  const type = edgeTypes[edges[edge + edgeTypeAt]];
  return type !== 'weak' && type !== 'shortcut';
}

const firstEdge = new Uint32Array(nodeCount + 1);
for (let node = 0; node < nodeCount; node++) firstEdge[node + 1] = firstEdge[node] + nodes[node * nodeWidth + edgeCountAt] * edgeWidth;

/** Marks the nodes reachable from `start` by strong edges, never entering `blocked`. */
function reach(start, blocked) {
  const marked = new Uint8Array(nodeCount);
  const stack = [start];
  marked[start] = 1;
  while (stack.length > 0) {
    const node = stack.pop();
    for (let edge = firstEdge[node]; edge < firstEdge[node + 1]; edge += edgeWidth) {
      // Shortcuts are how the snapshot's root reaches each page's global object.
      if (edgeTypes[edges[edge + edgeTypeAt]] === 'weak') continue;
      const target = edges[edge + toNodeAt] / nodeWidth;
      if (marked[target] || blocked[target]) continue;
      marked[target] = 1;
      stack.push(target);
    }
  }
  return marked;
}

/** 1 for the nodes counted: all, or (with `exclude`) those not reachable through it. */
let counted = new Uint8Array(nodeCount).fill(1);
if (excludeArg) {
  const excluded = new Uint8Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) {
    if (nodeTypes[nodes[node * nodeWidth + typeAt]] === 'object' && strings[nodes[node * nodeWidth + nameAt]] === excludeArg) excluded[node] = 1;
  }
  const page = reach(0, excluded);
  // The excluded object's data, not its shapes, code or the functions it calls back (a
  // subscriber's closure, a shape's constructor: each reaches the whole page).
  const notData = new Set(['closure', 'code', 'object shape', 'hidden', 'native', 'synthetic']);
  const closures = new Uint8Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) if (notData.has(nodeTypes[nodes[node * nodeWidth + typeAt]])) closures[node] = 1;
  for (let node = 0; node < nodeCount; node++) {
    if (!excluded[node]) continue;
    const fromExcluded = reach(node, closures);
    for (let other = 0; other < nodeCount; other++) if (fromExcluded[other]) page[other] = 0;
  }
  counted = page;
}

/** The first strong retainer of each node (node index, or -1) and the edge that holds it. */
const retainer = new Int32Array(nodeCount).fill(-1);
const retainingEdge = new Int32Array(nodeCount).fill(-1);
for (let node = 0, edge = 0; node < nodeCount; node++) {
  const count = nodes[node * nodeWidth + edgeCountAt];
  for (let e = 0; e < count; e++, edge += edgeWidth) {
    if (!isStrong(edge) || !counted[node]) continue;
    const target = edges[edge + toNodeAt] / nodeWidth;
    if (retainer[target] === -1) {
      retainer[target] = node;
      retainingEdge[target] = edge;
    }
  }
}

function kind(node) {
  const type = nodeTypes[nodes[node * nodeWidth + typeAt]];
  if (type === 'object' || type === 'closure' || type === 'native' || type === 'synthetic') {
    const name = strings[nodes[node * nodeWidth + nameAt]];
    return `${type} ${name.length > 40 ? `${name.slice(0, 40)}…` : name}`;
  }
  return type;
}

function edgeLabel(edge) {
  const type = edgeTypes[edges[edge + edgeTypeAt]];
  const nameOrIndex = edges[edge + edgeNameAt];
  if (type === 'element' || type === 'hidden') return '[]';
  if (type === 'context' || type === 'property' || type === 'internal') return `.${strings[nameOrIndex]}`;
  return `(${type})`;
}

const groups = new Map();
let total = 0;
for (let node = 0; node < nodeCount; node++) {
  if (!counted[node] || nodeTypes[nodes[node * nodeWidth + typeAt]] === 'synthetic') continue;
  total += 1;
  let label = kind(node);
  for (let level = 0, at = node; level < depth && retainer[at] !== -1; level++, at = retainer[at]) {
    label += ` <- ${edgeLabel(retainingEdge[at])} of ${kind(retainer[at])}`;
  }
  // Indices and object ids (`.17`, `@2175761`) would make each entry its own group.
  label = label.replace(/\d+/g, '#');
  groups.set(label, (groups.get(label) ?? 0) + 1);
}
console.log(`${total} nodes`);
for (const [label, count] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${String(count).padStart(9)}  ${label}`);
}
