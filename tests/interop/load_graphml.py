"""Reads a kgbuild GraphML file with NetworkX and igraph and checks the contract's attributes."""
import sys

import igraph
import networkx as nx

RELATIONS = {"funds", "serves", "organises", "issues", "establishes", "participates_in",
             "cooperates_with", "supervises", "visits", "part_of", "located_in"}


def check_networkx(path):
    g = nx.read_graphml(path)
    assert g.number_of_nodes() > 0 and g.number_of_edges() > 0, "empty graph"
    for node, data in g.nodes(data=True):
        assert node.isascii(), node
        assert isinstance(data["label"], str) and data["label"], data
        assert data["type"] in {"organisation", "place", "program"} or data["type"], data
        assert isinstance(data["mentions"], int), data
        if data["type"] == "place":
            assert "level" in data, data
    funds = 0
    for _, _, data in g.edges(data=True):
        assert data["relation"] in RELATIONS, data
        assert isinstance(data["mentions"], int) and data["weight"] > 0, data
        if "amount_yuan" in data:
            assert isinstance(data["amount_yuan"], float), data
            funds += 1
        if "year" in data:
            assert isinstance(data["year"], int), data
    assert funds > 0, "no funds edge with an amount"
    return g.number_of_nodes(), g.number_of_edges()


def check_igraph(path, expected):
    g = igraph.Graph.Read_GraphML(path)
    assert (g.vcount(), g.ecount()) == expected, ((g.vcount(), g.ecount()), expected)
    assert all(v["label"] for v in g.vs)
    assert all(e["relation"] for e in g.es)


if __name__ == "__main__":
    counts = check_networkx(sys.argv[1])
    check_igraph(sys.argv[1], counts)
    print(f"networkx and igraph read {counts[0]} nodes and {counts[1]} edges")
