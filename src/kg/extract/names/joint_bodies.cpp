#include "kg/extract/names/joint_bodies.h"

#include <optional>
#include <string_view>

#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/names/names.h"
#include "kg/rules/rule_set.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

constexpr std::u32string_view kLevels = U"省市县区州旗盟";

// The two labels of a joint name: (PLACE委, PLACE…政府), or nothing when the label is not one.
std::optional<std::pair<std::u32string, std::u32string>> joint_parts(const std::u32string& label) {
  constexpr std::u32string_view kGovernment = U"政府";
  if (label.size() < 6 || !label.ends_with(kGovernment)) return std::nullopt;
  const std::size_t committee = label.find(U'委');
  if (committee == std::u32string::npos || committee < 2 || kLevels.find(label[committee - 1]) == std::u32string_view::npos)
    return std::nullopt;
  const char32_t level = label[committee - 1];
  std::u32string_view between(label.data() + committee + 1, label.size() - committee - 1 - kGovernment.size());
  if (!between.empty() && between.front() == level) between.remove_prefix(1);
  if (!between.empty() && between != U"人民") return std::nullopt;
  const std::u32string place = label.substr(0, committee);
  return std::pair{place + U"委", place + std::u32string(between) + std::u32string(kGovernment)};
}

// Where in the surface the committee's part ends (after its 委), if the surface spells it.
std::optional<std::size_t> committee_end(const SentenceText& s, const Mention& m) {
  for (std::size_t k = m.begin + 1; k < m.end; ++k)
    if (s.cps[k] == U'委' && kLevels.find(s.cps[k - 1]) != std::u32string_view::npos) return k + 1;
  return std::nullopt;
}

Mention part_of(const Mention& joint, const SentenceText& s, std::size_t begin, std::size_t end,
                const std::u32string& label) {
  Mention m = joint;
  m.begin = begin;
  m.end = end;
  m.span = s.span(begin, end);
  m.surface = s.slice(begin, end);
  m.label = text::to_utf8(label);
  m.scope_level.clear();
  m.scope_head.clear();
  return m;
}

// The two bodies of PLACE党委政府 (堆龙德庆区党委政府): the words 党委政府 alone are the Party and
// the state in general, and name no body.
std::vector<Mention> party_and_government(const Mention& place, const SentenceText& s,
                                          const std::vector<std::vector<bool>>& covered) {
  constexpr std::u32string_view kJoint = U"党委政府";
  const std::size_t at = place.end;
  if (at + kJoint.size() > s.size() || !std::equal(kJoint.begin(), kJoint.end(), s.cps.begin() + at)) return {};
  for (std::size_t k = at; k < at + kJoint.size(); ++k)
    if (covered[s.index][k]) return {};
  const auto body = [&](std::size_t begin, std::size_t end, std::u32string_view head) {
    Mention m;
    m.type = rules::kOrganisation;
    m.label = place.label + text::to_utf8(head);
    m.rule = "org.joint.party-government";
    return mention_of(m, s, begin, end, m.rule);
  };
  return {body(place.begin, at + 2, U"党委"), body(at + 2, at + kJoint.size(), U"政府")};
}

}  // namespace

void add_party_and_government(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences) {
  const auto covered = covered_by(mentions, sentences);
  std::vector<Mention> added;
  for (const auto& m : mentions)
    if (m.type == rules::kPlace && !m.deictic)
      for (auto& body : party_and_government(m, sentences[m.sentence], covered)) added.push_back(std::move(body));
  add_in_order(mentions, std::move(added));
}

void split_joint_bodies(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences) {
  std::vector<Mention> out;
  out.reserve(mentions.size());
  for (auto& m : mentions) {
    const auto parts = m.type == rules::kOrganisation ? joint_parts(to_u32(m.label)) : std::nullopt;
    const SentenceText& s = sentences[m.sentence];
    const auto cut = parts ? committee_end(s, m) : std::nullopt;
    if (!cut || *cut >= m.end) {
      out.push_back(std::move(m));
      continue;
    }
    out.push_back(part_of(m, s, m.begin, *cut, parts->first));
    out.push_back(part_of(m, s, *cut, m.end, parts->second));
  }
  mentions = std::move(out);
}

}  // namespace kg::extract
