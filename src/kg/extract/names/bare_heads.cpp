#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/mentions/mentions.h"
#include "kg/extract/names/names.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

// Words before a bare head that point back at the body already named: 该公司, 本合作社.
bool points_back(char32_t c) {
  static const std::u32string kDeictic = U"该本我其这此全";
  return kDeictic.find(c) != std::u32string::npos;
}

// What may stand right before a bare head that refers back: the sentence's start, a pause, a
// word pointing back or a preposition (为合作社提供…, 向管委会汇报). An opening quote starts a phrase
// of its own (“小组团、大协作”).
bool opens_reference(char32_t c) {
  static const std::u32string kPauses = U"，。；：、（,;:(";
  static const std::u32string kPrepositions = U"为向对由给与同把被从跟让将在";
  return points_back(c) || kPauses.find(c) != std::u32string::npos || kPrepositions.find(c) != std::u32string::npos;
}

bool ends_with(const std::u32string& label, const std::u32string& tail) {
  return label.size() > tail.size() && std::equal(tail.rbegin(), tail.rend(), label.rbegin());
}

// Each head of two characters or more (合作社, 经开区, 管委会) that exactly one organisation or
// site of the document ends with, by payload: the index of that mention.
WordMatcher unique_heads(const std::vector<Mention>& mentions, const NamingRules& naming,
                         std::vector<const Mention*>& owners) {
  std::map<std::u32string, std::set<std::string>> labels;
  std::map<std::u32string, const Mention*> first;
  for (const auto& m : mentions) {
    if (m.type != rules::kOrganisation && !(m.type == rules::kPlace && m.level == "other")) continue;
    const std::u32string label = to_u32(m.label);
    for (const auto& [type, head] : naming.heads) {
      if (type != m.type || !ends_with(label, head)) continue;
      labels[head].insert(m.label);
      first.emplace(head, &m);
    }
  }
  WordMatcher heads;
  for (const auto& [head, owners_of_head] : labels)
    if (owners_of_head.size() == 1) {
      std::string utf8;
      for (char32_t c : head) text::append_utf8(utf8, c);
      heads.add(utf8, static_cast<int>(owners.size()));
      owners.push_back(first[head]);
    }
  return heads;
}

// The places of a document by sentence and first character, to find the one a body's name
// opens with without reading every mention for every body.
class OpeningPlaces {
 public:
  explicit OpeningPlaces(const std::vector<Mention>& mentions) {
    for (const auto& m : mentions)
      if (m.type == rules::kPlace && !m.deictic) by_start_[{m.sentence, m.begin}].push_back(&m);
  }
  // The longest place the body's name opens with (东坝县 in 东坝县教育局), or none.
  const Mention* of(const Mention& body) const {
    const auto it = by_start_.find({body.sentence, body.begin});
    if (it == by_start_.end()) return nullptr;
    const Mention* place = nullptr;
    for (const Mention* p : it->second)
      if (p->end < body.end && (!place || p->end > place->end)) place = p;
    return place;
  }

 private:
  std::map<std::pair<std::size_t, std::size_t>, std::vector<const Mention*>> by_start_;
};

// 西藏自治区党委、政府, 东坝县教育局和卫健委: a bare head joined right after a body named with its
// place is that place's body. The place is the longest one the body's name opens with.
std::optional<Mention> sharing_place(const std::vector<Mention>& mentions, const OpeningPlaces& places,
                                     const SentenceText& s, std::size_t begin, std::size_t end) {
  if (begin < 2 || !is_list_joiner(s.cps[begin - 1])) return std::nullopt;
  const Mention* body = nullptr;
  for (const auto& m : mentions) {
    if (m.sentence != s.index) continue;
    if (m.type == rules::kOrganisation && m.end == begin - 1 && m.scope_level.empty()) body = &m;
  }
  const Mention* place = body ? places.of(*body) : nullptr;
  if (!place) return std::nullopt;
  Mention m = mention_of(*body, s, begin, end, "name.shared-place");
  m.label = place->label + s.slice(begin, end);
  m.head = false;
  m.head_form.clear();
  return m;
}

// 卫计委, 残联: a standard department named alone; 福州大道消防救援站 and 厦门大学 have names of
// their own and no place to share.
bool is_department(const Mention& m) {
  return m.head && m.label == m.head_form;
}

}  // namespace

void share_listed_places(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences) {
  // 交警大队 where the document names 碌曲县公安局交警大队: that body, found later by its head.
  std::set<std::u32string> full_names;
  for (const auto& m : mentions)
    if (m.type == rules::kOrganisation) full_names.insert(to_u32(m.label));
  const auto named_in_full = [&](const std::string& label) {
    const std::u32string tail = to_u32(label);
    return std::any_of(full_names.begin(), full_names.end(), [&](const std::u32string& l) {
      return l.size() > tail.size() && std::equal(tail.rbegin(), tail.rend(), l.rbegin());
    });
  };
  const OpeningPlaces places(mentions);
  std::string place;  // the place of the list's first body, while the list goes on
  const Mention* previous = nullptr;
  for (Mention& m : mentions) {
    if (m.type != rules::kOrganisation || m.nested) continue;
    const SentenceText& s = sentences[m.sentence];
    const bool listed = previous && previous->sentence == m.sentence && m.begin >= 2 && previous->end + 1 == m.begin &&
                        is_list_joiner(s.cps[m.begin - 1]);
    if (const Mention* own = places.of(m)) {
      place = m.scope_level.empty() ? own->label : std::string();
    } else if (!listed) {
      place.clear();
    } else if (!place.empty() && (m.scope_level.empty() || m.scope_level == "default") && is_department(m) &&
               !named_in_full(m.label)) {
      m.label = place + m.label;
      m.scope_level.clear();
      m.scope_head.clear();
    }
    previous = &m;
  }
}

void add_bare_heads(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences,
                    const NamingRules& naming) {
  std::vector<const Mention*> owners;
  const WordMatcher heads = unique_heads(mentions, naming, owners);
  const WordMatcher& organs = naming.shared_heads;
  const auto covered = covered_by(mentions, sentences);
  const OpeningPlaces places(mentions);
  std::vector<Mention> added;
  for (const auto& s : sentences)
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (const auto any = covered[s.index][i] ? WordMatcher::Match{} : organs.longest_at(s.cps, i);
          any.length > 0 && !covered[s.index][i + any.length - 1]) {
        if (auto shared = sharing_place(mentions, places, s, i, i + any.length)) {
          added.push_back(std::move(*shared));
          i += any.length - 1;
          continue;
        }
      }
      const auto match = covered[s.index][i] ? WordMatcher::Match{} : heads.longest_at(s.cps, i);
      if (match.length == 0 || covered[s.index][i + match.length - 1]) continue;
      if (i > 0 && !opens_reference(s.cps[i - 1])) continue;  // 专业合作社, 公司+合作社: another body
      // 政府方主导: a compound word that runs on from the head is no reference to the body.
      if (naming.organisation_compounds.longest_at(s.cps, i).length > match.length) continue;
      added.push_back(mention_of(*owners[static_cast<std::size_t>(match.payloads->front())], s, i, i + match.length,
                                 "name.bare-head"));
      i += match.length - 1;
    }
  add_in_order(mentions, std::move(added));
}

}  // namespace kg::extract
