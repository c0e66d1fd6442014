// What the division list shows to be no place, before places are put in scope.
#include <algorithm>
#include <set>

#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/mentions/mentions.h"
#include "kg/extract/places/place_links.h"
#include "kg/text/utf8.h"

namespace kg::extract {

void PlaceLinker::screen(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences) const {
  drop_quoted_titles(sentences, mentions);
  drop_unlisted_counties(mentions);
}

void PlaceLinker::drop_quoted_titles(const std::vector<SentenceText>& sentences, std::vector<Mention>& mentions) const {
  // “小康建设第一村”, “无树村、无树户”: a village in quotation marks that no official list
  // knows is a title or a slogan. A listed village keeps its quotes.
  const auto unlisted = [&](const std::string& label) { return g_.find(label).empty(); };
  const auto quoted = [&](const Mention& m) {
    const SentenceText& s = sentences[m.sentence];
    std::size_t open = 0;
    for (std::size_t i = 0; i < m.begin; ++i)
      if (is_open_quote(s.cps[i]))
        ++open;
      else if (is_close_quote(s.cps[i]) && open > 0)
        --open;
    if (open == 0) return false;
    for (std::size_t i = m.end; i < s.size(); ++i)
      if (is_close_quote(s.cps[i])) return true;
    return false;
  };
  std::erase_if(mentions, [&](const Mention& m) {
    return m.type == rules::kPlace && (m.level == "village" || m.level == "community") &&
           m.rule != kOfficialPlaceRule && unlisted(m.label) && quoted(m);
  });
}

void PlaceLinker::drop_unlisted_counties(std::vector<Mention>& mentions) const {
  // Counties and cities form a short, closed list: a name the grammar built with 县, 区, 市 or
  // 地区 that no division bears, now or under another suffix (林芝县, now 巴宜区, shares 林芝 with
  // 林芝市), is a description (贫困县, 责任地区, 环境立市), not a place.
  const auto unlisted = [&](const std::string& label) { return g_.find(label).empty(); };
  const auto known_stem = [&](const std::string& label) {
    const std::u32string name = to_u32(label);
    std::size_t cut = 0;
    for (const auto& suffix : suffixes_)
      if (suffix.size() < name.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
        cut = std::max(cut, suffix.size());
    const std::string stem = text::to_utf8(std::u32string_view(name).substr(0, name.size() - cut));
    for (const char* tail : {"市", "县", "区", "地区", "州", "盟", "旗", "林区", "特区"})
      if (!g_.find(stem + tail).empty()) return true;
    return false;
  };
  const auto built = [](const Mention& m) {
    return m.type == rules::kPlace && (m.level == "county" || m.level == "city") &&
           (m.rule.rfind("place.suffix.", 0) == 0 || m.rule == "place.short-form");
  };
  std::set<std::string> descriptions;
  for (const auto& m : mentions)
    if (built(m) && m.rule != "place.short-form" && !descriptions.count(m.label) && unlisted(m.label) &&
        !known_stem(m.label))
      descriptions.insert(m.label);
  std::erase_if(mentions, [&](const Mention& m) { return built(m) && descriptions.count(m.label); });
}

}  // namespace kg::extract
