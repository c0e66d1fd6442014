// FollowTheMoney (FtM), the data model of OCCRP's Aleph: the graph as FtM entities, one JSON
// object a line, as `ftm` and Aleph import them (-o graph.ftm.json). Which kgbuild relation
// becomes which FtM schema, and why: docs/followthemoney.md.
//
//   {"id":"org_…","schema":"PublicBody","properties":{"name":["巴宜区卫健委"],"country":["cn"]}}
//   {"id":"pay_e_12","schema":"Payment","properties":{"payer":["org_…"],"amount":["1000000"],
//    "currency":["CNY"],"date":["2024"],"project":["prg_…"],"summary":["…"]}}
#pragma once

#include <string>

#include "kg/graph/knowledge_graph.h"

namespace kg::exports {

bool is_followthemoney(const std::string& path);  // ends in .ftm.json

std::string to_followthemoney(const graph::Graph& g);

// The FtM schema of a node: PublicBody, Company or Organization for organisations (by the
// name's head), Project for programs, Address for places.
std::string ftm_schema(const graph::Node& n);

}  // namespace kg::exports
