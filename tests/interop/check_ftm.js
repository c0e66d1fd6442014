// Reads kgbuild's FollowTheMoney export with the FtM model of @alephdata/followthemoney and checks
// every entity against it: the schema exists and is concrete, every property belongs to the schema
// and its values have the property's type, every reference resolves to an entity of the range,
// required properties are present (a Payment to a program, which names no beneficiary, excepted);
// and every funds edge of the GraphML is one Payment with its amount in CNY.
//   node check_ftm.js GRAPH.ftm.json GRAPH.graphml
"use strict";
const fs = require("fs");
const path = require("path");
const { Model, defaultModel } = require(path.join(__dirname, "js", "node_modules", "@alephdata/followthemoney"));

const [ftmPath, graphmlPath] = process.argv.slice(2);
const model = new Model(defaultModel);
const entities = fs.readFileSync(ftmPath, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const byId = new Map(entities.map((e) => [e.id, e]));
const fail = (what) => {
  console.error(`check_ftm: ${what}`);
  process.exit(1);
};
if (byId.size !== entities.length) fail("duplicate entity ids");

const formats = {
  number: /^-?[0-9]+(\.[0-9]+)?$/,
  date: /^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/,
  country: /^[a-z]{2}$/,
};
for (const e of entities) {
  const schema = model.schemata[e.schema];
  if (!schema || schema.abstract) fail(`${e.id}: no concrete schema ${e.schema}`);
  for (const [name, values] of Object.entries(e.properties)) {
    if (!schema.hasProperty(name)) fail(`${e.id}: ${e.schema} has no property ${name}`);
    const property = schema.getProperty(name);
    if (!Array.isArray(values) || values.length === 0) fail(`${e.id}.${name}: not a list of values`);
    for (const v of values) {
      if (typeof v !== "string" || v === "") fail(`${e.id}.${name}: value ${JSON.stringify(v)} is not a string`);
      const format = formats[property.type.name];
      if (format && !format.test(v)) fail(`${e.id}.${name}: ${v} is not a ${property.type.name}`);
      if (property.type.isEntity) {
        const target = byId.get(v);
        if (!target) fail(`${e.id}.${name}: ${v} resolves to no entity`);
        if (!model.getSchema(target.schema).isA(property.getRange()))
          fail(`${e.id}.${name}: ${target.schema} is not a ${property.getRange().name}`);
      }
    }
  }
  for (const name of schema.required) {
    const toProject = e.schema === "Payment" && name === "beneficiary" && e.properties.project;
    if (!e.properties[name] && !toProject) fail(`${e.id}: ${e.schema} lacks required ${name}`);
  }
  model.getEntity(e);  // the library's own reading must accept it too
}

const graphml = fs.readFileSync(graphmlPath, "utf8");
const key = /<key id="(d\d+)" for="edge" attr.name="relation"/.exec(graphml)[1];
const funds = (graphml.match(new RegExp(`<data key="${key}">funds</data>`, "g")) || []).length;
const payments = entities.filter((e) => e.schema === "Payment");
if (payments.length !== funds) fail(`${funds} funds edges but ${payments.length} Payments`);
for (const p of payments)
  if (!p.properties.amount || (p.properties.currency || []).join() !== "CNY") fail(`${p.id}: no amount in CNY`);
const counts = {};
for (const e of entities) counts[e.schema] = (counts[e.schema] || 0) + 1;
console.log(`followthemoney: ${entities.length} entities valid (${JSON.stringify(counts)}), ${payments.length} Payments`);
