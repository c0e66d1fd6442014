// Reads kgbuild's GraphML and GEXF with graphology (what Gephi Lite uses) and checks every
// attribute against the type its key declares.
//   node check_graphology.js GRAPHML GEXF [--edge-cases]
'use strict';
const fs = require('fs');
const path = require('path');
const modules = path.join(__dirname, 'js', 'node_modules');
const Graph = require(path.join(modules, 'graphology'));
const graphml = require(path.join(modules, 'graphology-graphml'));
const gexf = require(path.join(modules, 'graphology-gexf'));

const LABEL = '东坝县“A&B”<联合>办公室\'';
const JS_TYPES = {string: 'string', int: 'number', long: 'number', double: 'number', float: 'number', boolean: 'boolean'};

function assert(condition, ...what) {
  if (!condition) throw new Error('assertion failed: ' + JSON.stringify(what));
}

function declared(xml, domain) {
  const types = {};
  const re = /<key id="[^"]*" for="(node|edge)" attr\.name="([^"]*)" attr\.type="([^"]*)"\/>/g;
  for (const m of xml.matchAll(re)) if (m[1] === domain) types[m[2]] = JS_TYPES[m[3]];
  return types;
}

function checkGraphml(file, edgeCases) {
  const xml = fs.readFileSync(file, 'utf8');
  const g = graphml.parse(Graph, xml, {addMissingNodes: true});
  assert(g.order > 0 && g.size > 0, 'empty');
  const nodeTypes = declared(xml, 'node');
  const edgeTypes = declared(xml, 'edge');
  g.forEachNode((n, a) => {
    for (const [k, v] of Object.entries(a)) if (k in nodeTypes) assert(typeof v === nodeTypes[k], n, k, v);
  });
  g.forEachEdge((e, a) => {
    for (const [k, v] of Object.entries(a)) if (k in edgeTypes) assert(typeof v === edgeTypes[k], e, k, v);
    assert(a.weight > 0, e);
  });
  if (edgeCases) {
    assert(g.multi && g.size === 3, 'parallel edges', g.size);
    assert(g.getNodeAttribute('org_edge1', 'label') === LABEL, g.getNodeAttribute('org_edge1', 'label'));
    assert(g.getNodeAttribute('plc_edge2', 'label') === '𠀀村');
    assert(g.hasEdge('org_edge1', 'org_edge1'), 'self-loop');
    assert(g.getEdgeAttribute('e_0', 'amount_yuan') === 123456789012.34, g.getEdgeAttribute('e_0', 'amount_yuan'));
  }
  console.log(`graphology graphml: ${g.order} nodes, ${g.size} edges`);
}

function checkGexf(file, edgeCases) {
  const g = gexf.parse(Graph, fs.readFileSync(file, 'utf8'));
  assert(g.order > 0 && g.size > 0, 'empty');
  g.forEachNode((n, a) => {
    assert(typeof a.mentions === 'number' && typeof a.degree === 'number' && typeof a.size === 'number', n, a);
    assert(typeof a.color === 'string' && typeof a.x === 'number', n, a);
  });
  g.forEachEdge((e, a) => {
    assert(typeof a.relation === 'string' && a.weight > 0, e, a);
    if ('amount_yuan' in a) assert(typeof a.amount_yuan === 'number', e, a);
  });
  if (edgeCases) {
    assert(g.size === 3 && g.hasEdge('org_edge1', 'org_edge1'), 'edges');
    assert(g.getNodeAttribute('org_edge1', 'label') === LABEL && g.getNodeAttribute('plc_edge2', 'label') === '𠀀村');
    assert(g.getEdgeAttribute('e_0', 'amount_yuan') === 123456789012.34);
  }
  console.log(`graphology gexf: ${g.order} nodes, ${g.size} edges`);
}

const [file, gexfFile] = process.argv.slice(2);
const edgeCases = process.argv.includes('--edge-cases');
checkGraphml(file, edgeCases);
checkGexf(gexfFile, edgeCases);
