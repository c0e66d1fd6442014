"""Reads a kgbuild GEXF file with NetworkX: typed attributes, viz colours, sizes and positions,
and the year as the edge's time."""
import sys

import networkx as nx

RELATIONS = {"funds", "serves", "organises", "issues", "establishes", "participates_in",
             "cooperates_with", "supervises", "visits", "part_of", "located_in"}


def main(path):
    g = nx.read_gexf(path)
    assert isinstance(g, nx.MultiDiGraph) or isinstance(g, nx.DiGraph), type(g)
    assert g.number_of_nodes() > 0 and g.number_of_edges() > 0, "empty graph"
    for node, data in g.nodes(data=True):
        assert node.isascii(), node
        assert data["label"], data
        assert isinstance(data["mentions"], int) and isinstance(data["degree"], int), data
        assert isinstance(data["betweenness"], float), data
        viz = data["viz"]
        assert 0 <= viz["color"]["r"] <= 255 and viz["size"] > 0, viz
        assert "x" in viz["position"] and "y" in viz["position"], viz
    timed = 0
    for _, _, data in g.edges(data=True):
        assert data["relation"] in RELATIONS, data
        assert data["weight"] > 0, data
        if "amount_yuan" in data:
            assert isinstance(data["amount_yuan"], float), data
        if "year" in data:
            assert isinstance(data["year"], int), data
            assert int(data["start"]) == data["year"], data
            timed += 1
    print(f"networkx gexf: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, {timed} with a year")


if __name__ == "__main__":
    main(sys.argv[1])
