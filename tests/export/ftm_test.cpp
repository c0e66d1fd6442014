// The FollowTheMoney export: schemas by kind, money as Payments, places paying as administrations.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "kg/export/ftm.h"
#include "kg/graph/builder.h"
#include "support.h"

namespace {

std::vector<nlohmann::json> entities(const std::string& text) {
  kg::graph::GraphBuilder b;
  b.add(kg::test::extract_text(text));
  std::istringstream in(kg::exports::to_followthemoney(b.build()));
  std::vector<nlohmann::json> out;
  for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
  return out;
}

const nlohmann::json* find(const std::vector<nlohmann::json>& all, const std::string& schema) {
  for (const auto& e : all)
    if (e["schema"] == schema) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("a funds edge to a program is a Payment in CNY for that project") {
  const auto all = entities("2024年，东坝县财政局投入资金100万元实施农村道路改造工程。");
  const auto* payment = find(all, "Payment");
  REQUIRE(payment);
  const auto& p = (*payment)["properties"];
  CHECK(p["amount"] == nlohmann::json::array({"1000000"}));
  CHECK(p["currency"] == nlohmann::json::array({"CNY"}));
  CHECK(p["date"] == nlohmann::json::array({"2024"}));
  CHECK(p.contains("project"));
  CHECK_FALSE(p.contains("beneficiary"));
  const auto* body = find(all, "PublicBody");
  REQUIRE(body);
  CHECK((*body)["properties"]["name"] == nlohmann::json::array({"东坝县财政局"}));
  CHECK(p["payer"] == nlohmann::json::array({(*body)["id"]}));
  CHECK(find(all, "Project"));
}

TEST_CASE("organisations are public bodies, companies or organisations by their head") {
  kg::graph::Node n;
  n.type = "organisation";
  n.label = "东坝县人民政府";
  CHECK(kg::exports::ftm_schema(n) == "PublicBody");
  n.label = "东坝县雪域建设有限公司";
  CHECK(kg::exports::ftm_schema(n) == "Company");
  n.label = "东坝县第一中学";
  CHECK(kg::exports::ftm_schema(n) == "Organization");
  n.type = "place";
  CHECK(kg::exports::ftm_schema(n) == "Address");
  n.type = "program";
  CHECK(kg::exports::ftm_schema(n) == "Project");
}
