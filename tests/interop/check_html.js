// Opens kgbuild's HTML graph in headless Chromium (Debian's, driven by puppeteer-core) from disk
// with the network off, and checks what a reader would: the page draws as many nodes and edges as
// the GraphML holds (or, above the page's cap, holds them all for search), a search for a label
// finds it, a click on a drawn node and on an edge shows its attributes and evidence, and the
// console stays free of errors. Keeps a screenshot.
//   node check_html.js PAGE.html GRAPH.graphml SCREENSHOT.png [CHROMIUM]
"use strict";
const fs = require("fs");
const path = require("path");
const puppeteer = require(path.join(__dirname, "js", "node_modules", "puppeteer-core"));

const [page_path, graphml_path, screenshot, chromium = "/usr/bin/chromium"] = process.argv.slice(2);
const graphml = fs.readFileSync(graphml_path, "utf8");
const nodes = (graphml.match(/<node /g) || []).length;
const edges = (graphml.match(/<edge /g) || []).length;
const fail = (what) => {
  console.error(`check_html: ${what}`);
  process.exit(1);
};

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ["--no-sandbox", "--use-gl=swiftshader", "--enable-unsafe-swiftshader", "--window-size=1280,800"],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => r.url().startsWith("file:") || errors.push("network request: " + r.url()));
    await page.goto("file://" + path.resolve(page_path), { waitUntil: "load" });
    await page.waitForFunction(() => window.kg && window.kg.ready, { timeout: 60000 });
    const counts = await page.evaluate(() => ({
      total: [window.kg.totalNodes, window.kg.totalEdges], drawn: [window.kg.graph.order, window.kg.graph.size],
    }));
    if (counts.total[0] !== nodes || counts.total[1] !== edges)
      fail(`page holds ${counts.total} nodes and edges, the GraphML ${nodes}, ${edges}`);
    const whole = counts.drawn[0] === nodes;
    if (whole && counts.drawn[1] !== edges - (graphml.match(/source="([^"]+)" target="\1"/g) || []).length)
      fail(`page draws ${counts.drawn[1]} edges of ${edges}`);

    // Search: the label of the node of highest degree, typed as a reader would.
    const target = await page.evaluate(() => {
      let best = null;
      window.kg.graph.forEachNode((id) => { if (!best || window.kg.graph.degree(id) > window.kg.graph.degree(best)) best = id; });
      return { id: best, label: window.kg.graph.getNodeAttribute(best, "label") };
    });
    await page.type("#search", target.label);
    await page.waitForFunction((l) => [...document.querySelectorAll("#results div")].some((d) => d.textContent === l),
                               { timeout: 5000 }, target.label);

    // A real click on the node where the renderer draws it: the panel shows its label and links.
    // Zoomed in on it first, so that no neighbour lies on top of it.
    await page.evaluate((id) => {
      const d = window.kg.renderer.getNodeDisplayData(id);
      window.kg.renderer.getCamera().setState({ x: d.x, y: d.y, ratio: 0.02 });
    }, target.id);
    await new Promise((r) => setTimeout(r, 300));
    const at = await page.evaluate((id) => {
      const d = window.kg.renderer.getNodeDisplayData(id);
      const p = window.kg.renderer.framedGraphToViewport(d);
      const box = document.getElementById("graph").getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, target.id);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((l) => document.querySelector("#panel h1")?.textContent === l, { timeout: 5000 },
                               target.label);
    // The first of its edges, from the panel: its evidence sentence appears.
    await page.click("#panel [data-edge]");
    const evidence = await page.$eval("#panel .evidence", (e) => e.textContent);
    if (!evidence || evidence.length < 4) fail("an edge's panel shows no evidence");
    await page.screenshot({ path: screenshot });
    if (errors.length) fail("console errors: " + errors.join(" | "));
    console.log(`html: ${counts.total[0]} nodes and ${counts.total[1]} edges in the page, ${counts.drawn[0]} drawn; ` +
                `search, click and evidence work; screenshot ${screenshot}`);
  } finally {
    await browser.close();
  }
})().catch((e) => fail(e.stack || String(e)));
