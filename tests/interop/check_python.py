"""Reads kgbuild's GraphML with NetworkX and igraph and its GEXF with NetworkX, and checks every
attribute against the type its key declares.
    check_python.py GRAPHML GEXF [--edge-cases]"""
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
PY_TYPES = {"string": str, "int": int, "long": int, "double": float, "float": float, "boolean": bool}
LABEL = "东坝县“A&B”<联合>办公室'"  # the form feed is gone: XML 1.0 forbids it


def declared(path):
    keys = {"graph": {}, "node": {}, "edge": {}}
    for k in ET.parse(path).getroot().findall("g:key", NS):
        keys[k.get("for")][k.get("attr.name")] = PY_TYPES[k.get("attr.type")]
    return keys


def check_types(items, types, what):
    for data in items:
        for name, value in data.items():
            if name in types:
                assert isinstance(value, types[name]), (what, name, value)


def networkx_graphml(path, edge_cases):
    keys = declared(path)
    g = nx.read_graphml(path)
    assert g.number_of_nodes() > 0 and g.number_of_edges() > 0
    for node in g.nodes:
        assert node.isascii(), node
    check_types([d for _, d in g.nodes(data=True)], keys["node"], "node")
    check_types([d for _, _, d in g.edges(data=True)], keys["edge"], "edge")
    for _, _, d in g.edges(data=True):
        assert d["weight"] > 0, d
    check_types([g.graph], keys["graph"], "graph")
    if not edge_cases:
        assert g.graph["betweenness"] == "exact", g.graph
    if edge_cases:
        assert g.is_multigraph() and g.number_of_edges() == 3, g.edges
        assert g.nodes["org_edge1"]["label"] == LABEL, g.nodes["org_edge1"]["label"]
        assert g.nodes["plc_edge2"]["label"] == "𠀀村"
        assert g.has_edge("org_edge1", "org_edge1"), "self-loop lost"
        funds = [d for _, _, d in g.edges(data=True) if d["relation"] == "funds"][0]
        assert funds["amount_yuan"] == 123456789012.34, funds["amount_yuan"]
        assert funds["year"] == 2024 and LABEL in funds["evidence"], funds
    return g.number_of_nodes(), g.number_of_edges()


def igraph_graphml(path, edge_cases):
    g = igraph.Graph.Read_GraphML(path)
    assert g.vcount() > 0 and g.ecount() > 0
    assert "relation" in g.es.attributes() and "label" in g.vs.attributes()
    if edge_cases:
        assert g.ecount() == 3 and any(e.is_loop() for e in g.es), "parallel edges or the self-loop lost"
        assert LABEL in g.vs["label"] and "𠀀村" in g.vs["label"]
        assert 123456789012.34 in [a for a in g.es["amount_yuan"] if a == a]
    return g.vcount(), g.ecount()


def networkx_gexf(path, edge_cases):
    g = nx.read_gexf(path)
    assert g.number_of_nodes() > 0 and g.number_of_edges() > 0
    for _, d in g.nodes(data=True):
        assert isinstance(d["mentions"], int) and isinstance(d["betweenness"], float), d
        assert 0 <= d["viz"]["color"]["r"] <= 255 and d["viz"]["size"] > 0 and "x" in d["viz"]["position"], d
    for _, _, d in g.edges(data=True):
        assert d["weight"] > 0, d
        if "year" in d:
            assert isinstance(d["year"], int) and int(d["start"]) == d["year"], d
        if "amount_yuan" in d:
            assert isinstance(d["amount_yuan"], float), d
    if edge_cases:
        assert g.number_of_edges() == 3 and g.has_edge("org_edge1", "org_edge1")
        assert g.nodes["org_edge1"]["label"] == LABEL and g.nodes["plc_edge2"]["label"] == "𠀀村"
    return g.number_of_nodes(), g.number_of_edges()


def main():
    graphml, gexf = sys.argv[1], sys.argv[2]
    edge_cases = "--edge-cases" in sys.argv
    print("networkx graphml: %d nodes, %d edges" % networkx_graphml(graphml, edge_cases))
    print("igraph graphml: %d nodes, %d edges" % igraph_graphml(graphml, edge_cases))
    print("networkx gexf: %d nodes, %d edges" % networkx_gexf(gexf, edge_cases))


if __name__ == "__main__":
    main()
