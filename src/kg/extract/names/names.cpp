#include "kg/extract/names/names.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/mentions/mentions.h"
#include "kg/extract/names/document_labels.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

// Byte offsets of the code points after the first one: where proper suffixes of `s` start.
std::vector<std::size_t> suffix_starts(const std::string& s) {
  std::vector<std::size_t> out;
  for (std::size_t i = 1; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
  return out;
}

}  // namespace

namespace {

// Organisations, programs and sites (地质公园 after 易贡国家地质公园): the kinds a short name may
// stand for.
bool may_be_short(const Mention& m) {
  return m.type == rules::kOrganisation || m.type == rules::kProgram || (m.type == rules::kPlace && m.level == "other");
}

// The forms a name's tails are read from: its label and surface, and for a program the label
// without a variant word after it (…小流域综合治理 of …小流域综合治理工作).
std::vector<std::string> tail_sources(const Mention& m, const std::vector<std::string>& variants) {
  std::vector<std::string> out{m.label, strip_marks(m.surface)};
  if (m.type != rules::kProgram) return out;
  for (const auto& word : variants)
    if (m.label.size() > word.size() && m.label.ends_with(word))
      out.push_back(m.label.substr(0, m.label.size() - word.size()));
  return out;
}

}  // namespace

void resolve_short_names(std::vector<Mention>& mentions, const std::vector<std::string>& variants) {
  // Every name and surface form of the document, indexed by its proper tails.
  std::map<EntityRef, std::size_t> count;
  std::map<std::pair<std::string, std::string>, std::set<std::string>> by_tail;  // (type, tail) -> labels
  for (const auto& m : mentions) {
    if (!may_be_short(m)) continue;
    ++count[{m.type, m.label}];
    for (const std::string& name : tail_sources(m, variants))
      for (std::size_t at : suffix_starts(name)) by_tail[{m.type, name.substr(at)}].insert(m.label);
  }
  // A short name is the entity that the document names most among those it ends: 比武竞赛 is
  // the contest of the headline, not the 团体比武竞赛 of one paragraph; a headline's short name
  // may refer forward.
  for (Mention& m : mentions) {
    if (!may_be_short(m)) continue;
    const auto it = by_tail.find({m.type, m.label});
    if (it == by_tail.end()) continue;
    std::string best;
    std::size_t best_count = 0;
    for (const auto& label : it->second)
      if (label != m.label && count[{m.type, label}] > best_count) {
        best = label;
        best_count = count[{m.type, label}];
      }
    if (!best.empty()) m.label = best;
  }
}

namespace {

// The quoted name a program's surface opens with, and what follows the quote: “三清单”机制
// gives (三清单, 机制), “三清单” (三清单, "").
std::optional<std::pair<std::string, std::string>> opening_quote(const std::string& surface) {
  static const std::string kOpen = "“", kClose = "”";
  if (surface.compare(0, kOpen.size(), kOpen) != 0) return std::nullopt;
  const std::size_t close = surface.find(kClose, kOpen.size());
  if (close == std::string::npos || close == kOpen.size()) return std::nullopt;
  return std::pair{surface.substr(kOpen.size(), close - kOpen.size()), surface.substr(close + kClose.size())};
}

}  // namespace

void resolve_quoted_names(std::vector<Mention>& mentions, const NamingRules& naming) {
  std::map<std::string, std::map<std::string, std::size_t>> opened;  // quoted name -> label -> count
  for (const auto& m : mentions)
    if (m.type == rules::kProgram)
      if (const auto q = opening_quote(m.surface); q && !q->second.empty()) ++opened[q->first][m.label];
  for (Mention& m : mentions) {
    if (m.type != rules::kProgram) continue;
    const auto q = opening_quote(m.surface);
    if (!q || !(q->second.empty() || naming.program_generics.count(q->second))) continue;
    const auto it = opened.find(q->first);
    if (it == opened.end()) continue;
    // The most named, and on a tie the first in label order: one entity, whatever the order.
    const auto best = std::max_element(it->second.begin(), it->second.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    m.label = best->first;
  }
}

NamingRules::NamingRules(const rules::RuleSet& set) {
  for (const auto& list : set.word_lists)
    if (list.kind == "opener" &&
        std::find(list.types.begin(), list.types.end(), rules::kOrganisation) != list.types.end())
      for (const auto& w : list.words) organisation_openers.add(w, 0);
  for (const auto& list : set.word_lists)
    if (list.kind == "compound" &&
        std::find(list.types.begin(), list.types.end(), rules::kOrganisation) != list.types.end())
      for (const auto& w : list.words) organisation_compounds.add(w, 0);
  for (const auto& e : set.lexicon) {
    if (!e.standalone) continue;
    name_lexicon_ids.insert(e.id);
    if (e.type == rules::kOrganisation)
      for (const auto& form : e.forms) named_bodies.insert(to_u32(form));
  }
  for (const auto& suffix : set.suffixes)
    if (suffix.type == rules::kOrganisation || (suffix.type == rules::kPlace && suffix.level == "other"))
      if (std::u32string head = to_u32(suffix.text); head.size() >= 2) heads.emplace_back(suffix.type, std::move(head));
  for (const auto& suffix : set.suffixes)
    if (suffix.shared) shared_heads.add(suffix.text, 0);
  for (const auto& list : set.word_lists) {
    const bool programs = std::find(list.types.begin(), list.types.end(), rules::kProgram) != list.types.end();
    if (list.kind == "generic" && programs) program_generics.insert(list.words.begin(), list.words.end());
    if (list.kind == "variant" && programs)
      program_variants.insert(program_variants.end(), list.words.begin(), list.words.end());
    if (list.kind == "qualifier" && programs)
      program_qualifiers.insert(program_qualifiers.end(), list.words.begin(), list.words.end());
    if (list.kind == "party") party_departments.insert(party_departments.end(), list.words.begin(), list.words.end());
  }
  for (const auto& scope : set.scopes)
    if (scope.bodies) body_levels.insert(body_levels.end(), scope.prefixes.begin(), scope.prefixes.end());
}

// Where a name trimmed to its place starts: at the place, or at a body the lexicon names right
// before it (农行青海分行 is the bank's branch).
std::size_t trimmed_start(const std::u32string& label, std::size_t place_at, const std::set<std::u32string>& bodies) {
  for (std::size_t k = 0; k + 1 < place_at; ++k)
    if (bodies.count(label.substr(k, place_at - k))) return k;
  return place_at;
}

void trim_organisations_to_places(std::vector<Mention>& mentions, const NamingRules& naming) {
  std::set<std::u32string> places;
  for (const auto& m : mentions)
    if (m.type == rules::kPlace && !m.deictic) places.insert(to_u32(m.label));
  const WordMatcher& openers = naming.organisation_openers;
  for (Mention& m : mentions) {
    if (m.type != rules::kOrganisation || m.branded) continue;
    const std::u32string label = to_u32(m.label);
    const std::vector<char32_t> cps(label.begin(), label.end());
    int depth = 0;  // 附属第一医院（安徽省立医院）: a place in brackets says where or what else, and starts nothing
    for (std::size_t at = 0; at + 1 < label.size(); ++at) {
      depth += (label[at] == U'（' || label[at] == U'(') - (label[at] == U'）' || label[at] == U')');
      if (depth > 0) continue;
      bool found = false;
      for (std::size_t len = 2; at + len < label.size() && len <= 12 && !found; ++len)
        found = places.count(label.substr(at, len)) > 0;
      if (!found) continue;
      // 挂职西坝县藏医院 is 西坝县藏医院; 驻城关街道…工作队 keeps its 驻, and 中国驻尼泊尔大使馆 the
      // words before 驻 that say whose mission it is.
      if (at > 0 && openers.longest_at(cps, at - 1).length != 1) {
        std::string trimmed;
        for (std::size_t k = trimmed_start(label, at, naming.named_bodies); k < label.size(); ++k)
          text::append_utf8(trimmed, label[k]);
        m.label = trimmed;
      }
      break;
    }
  }
}

void resolve_places(std::vector<Mention>& mentions) {
  std::set<std::string> labels;
  for (const auto& m : mentions)
    if (m.type == rules::kPlace) labels.insert(m.label);
  for (Mention& m : mentions) {
    if (m.type != rules::kPlace) continue;
    // 值得团结村 where 团结村 stands alone elsewhere: the shortest known place that ends it. A
    // site's name keeps more than one character before such a tail: 东坝国家湿地公园 and a
    // 国家湿地公园 named elsewhere may be two parks (到纳木措景区 is 纳木措景区).
    constexpr std::size_t kGluedCharacter = 1;
    const auto starts = suffix_starts(m.label);
    for (auto at = starts.rbegin(); at != starts.rend(); ++at) {
      const std::string tail = m.label.substr(*at);
      if (m.level == "other" && to_u32(m.label.substr(0, *at)).size() > kGluedCharacter) continue;
      if (tail.size() >= 6 && labels.count(tail)) {
        m.label = tail;
        break;
      }
    }
  }
}

namespace {
// 曲松人民医院 after 曲松县: a department or institution written right after a place's short
// form is that place's, though its scope gave it the document's place.
void name_body_after(std::vector<Mention>& mentions, const Mention& place) {
  for (Mention& m : mentions)
    if (m.type == rules::kOrganisation && m.sentence == place.sentence && m.begin == place.end &&
        m.scope_level == "default" && !m.scope_head.empty())
      m.label = place.label + m.scope_head;
}

}  // namespace

void add_short_place_forms(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences) {
  // 南坪 after 南坪市, 西坝 after 西坝县: a city or county named without its one-character suffix.
  WordMatcher short_forms;
  std::vector<const Mention*> places;
  for (const auto& m : mentions) {
    const std::u32string label = to_u32(m.label);
    if (m.type != rules::kPlace || m.deictic || label.size() < 3 || (m.level != "city" && m.level != "county"))
      continue;
    std::string name;
    for (std::size_t i = 0; i + 1 < label.size(); ++i) text::append_utf8(name, label[i]);
    short_forms.add(name, static_cast<int>(places.size()));
    places.push_back(&m);
  }
  if (places.empty()) return;
  const auto covered_by_sentence = covered_by(mentions, sentences);
  std::vector<Mention> added;
  for (const auto& s : sentences) {
    const std::vector<bool>& covered = covered_by_sentence[s.index];
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (covered[i]) continue;
      const auto match = short_forms.longest_at(s.cps, i);
      if (match.length == 0 || covered[i + match.length - 1]) continue;
      const bool glued = (i > 0 && text::is_han(s.cps[i - 1]) && !covered[i - 1] && i + match.length < s.size() &&
                          text::is_han(s.cps[i + match.length]) && !covered[i + match.length]);
      if (glued) continue;  // inside a longer run of characters on both sides: likely another word
      const Mention& full = *places[static_cast<std::size_t>(match.payloads->front())];
      added.push_back(mention_of(full, s, i, i + match.length, "place.short-form"));
      i += match.length - 1;
    }
  }
  for (const Mention& form : added) name_body_after(mentions, form);
  add_in_order(mentions, std::move(added));
}

Mention mention_of(const Mention& named, const SentenceText& s, std::size_t begin, std::size_t end,
                   const std::string& rule) {
  Mention m = named;
  m.sentence = s.index;
  m.begin = begin;
  m.end = end;
  m.span = s.span(begin, end);
  m.surface = s.slice(begin, end);
  m.rule = rule;
  m.nested = false;
  return m;
}

std::vector<std::vector<bool>> covered_by(const std::vector<Mention>& mentions,
                                          const std::vector<SentenceText>& sentences) {
  std::vector<std::vector<bool>> covered(sentences.size());
  for (const auto& s : sentences) covered[s.index].assign(s.size() + 1, false);
  for (const auto& m : mentions)
    for (std::size_t k = m.begin; k < m.end; ++k) covered[m.sentence][k] = true;
  return covered;
}

void add_in_order(std::vector<Mention>& mentions, std::vector<Mention> added) {
  const auto before = [](const Mention& a, const Mention& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  };
  // Mentions are in order already but for the few added: merging them costs a pass, not a sort
  // of every mention of the document.
  const bool ordered = std::is_sorted(mentions.begin(), mentions.end(), before);
  if (added.empty() && ordered) return;
  std::stable_sort(added.begin(), added.end(), before);
  const auto middle = static_cast<std::ptrdiff_t>(mentions.size());
  mentions.insert(mentions.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
  if (ordered)
    std::inplace_merge(mentions.begin(), mentions.begin() + middle, mentions.end(), before);
  else
    std::stable_sort(mentions.begin(), mentions.end(), before);
}

void prefer_full_forms(std::vector<Mention>& mentions, const NamingRules& naming) {
  // 西藏 and 西藏自治区 in one article are one place, named by the fuller form the text gives.
  std::map<std::string, std::string> longest;  // lexicon entry id -> longest surface in the document
  const std::set<std::string>& lexicon_ids = naming.name_lexicon_ids;
  for (const auto& m : mentions)
    if (lexicon_ids.count(m.rule) && m.label.size() > longest[m.rule].size()) longest[m.rule] = m.label;
  for (Mention& m : mentions)
    if (lexicon_ids.count(m.rule)) m.label = longest[m.rule];
}

void merge_department_forms(std::vector<Mention>& mentions) {
  // 东坝县人社局 and 东坝县人力资源和社会保障局 in one article: one body, named by the fullest form.
  const auto key_of = [](const Mention& m) -> std::optional<std::pair<std::string, std::string>> {
    const std::string& l = m.label;
    const std::string& f = m.head_form;
    if (!m.head || f.empty() || l.size() < f.size() || l.compare(l.size() - f.size(), f.size(), f) != 0)
      return std::nullopt;
    return std::make_pair(l.substr(0, l.size() - f.size()), m.rule);  // (place prefix, lexicon entry)
  };
  std::map<std::pair<std::string, std::string>, std::string> fullest;
  for (const auto& m : mentions)
    if (const auto key = key_of(m); key && m.label.size() > fullest[*key].size()) fullest[*key] = m.label;
  for (Mention& m : mentions)
    if (const auto key = key_of(m)) m.label = fullest[*key];
}

namespace {
// A place named inside a mention, or quotes around it: what tells a name from a description.
bool reads_as_name(const std::vector<Mention>& mentions, const Mention& m) {
  if (m.surface.starts_with("“")) return true;
  return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& place) {
    return place.type == rules::kPlace && place.sentence == m.sentence && place.begin >= m.begin &&
           place.end <= m.end && &place != &m;
  });
}

}  // namespace

// 成立了实业投资经营公司——西藏中工汇兴发展有限公司: a description joined to a name stands for the
// name; else the first of the two labels the entity. A dash between places is a route
// (广东—西藏—尼泊尔), no second name.
void apply_aliases(std::vector<Mention>& mentions, const text::Text& text, const rules::RuleSet& rules) {
  std::map<EntityRef, std::string> alias_of;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.type == rules::kPlace) continue;
    if (const auto it = alias_of.find({m.type, m.label}); it != alias_of.end()) m.label = it->second;
    for (std::size_t j = i + 1; j < mentions.size() && mentions[j].sentence == m.sentence; ++j) {
      Mention& next = mentions[j];
      if (next.type != m.type || next.span.begin < m.span.end) continue;
      const std::string between = strip_marks(text.bytes.substr(m.span.end, next.span.begin - m.span.end));
      const bool joined = std::any_of(rules.aliases.begin(), rules.aliases.end(), [&](const rules::AliasRule& a) {
        return std::find(a.joiners.begin(), a.joiners.end(), between) != a.joiners.end();
      });
      if (joined && next.label != m.label) {
        if (!reads_as_name(mentions, m) && reads_as_name(mentions, next))
          alias_of[{m.type, m.label}] = next.label;
        else
          alias_of[{next.type, next.label}] = m.label;
      }
      break;
    }
  }
  for (Mention& m : mentions)
    if (const auto it = alias_of.find({m.type, m.label}); it != alias_of.end()) m.label = it->second;
}

namespace {

// The label without the word at byte `at`: the end variant (三清单 of 三清单机制) or the label with
// a qualifier taken out (创建民族团结进步示范县 of 创建全国民族团结进步示范县).
std::string without(const std::string& label, std::size_t at, const std::string& word) {
  return label.substr(0, at) + label.substr(at + word.size());
}

}  // namespace

void merge_program_variants(std::vector<Mention>& mentions, const NamingRules& naming) {
  std::map<std::string, std::size_t> count;  // program label -> mentions
  for (const auto& m : mentions)
    if (m.type == rules::kProgram) ++count[m.label];
  std::map<std::string, std::string> merged;  // label -> the label of its variant kept
  const auto merge = [&](const std::string& label, std::size_t n, const std::string& shorter) {
    const auto bare = count.find(shorter);
    if (bare == count.end()) return;
    const bool keep_bare = bare->second > n;
    merged[keep_bare ? label : bare->first] = keep_bare ? bare->first : label;
  };
  for (const auto& [label, n] : count) {
    for (const auto& word : naming.program_variants)
      if (label.size() > word.size() && label.ends_with(word))
        merge(label, n, without(label, label.size() - word.size(), word));
    // A qualifier inside, never the name's first or last word.
    for (const auto& word : naming.program_qualifiers)
      if (const std::size_t at = label.find(word, 1); at != std::string::npos && at + word.size() < label.size())
        merge(label, n, without(label, at, word));
  }
  relabel(mentions, rules::kProgram, merged);
}

std::optional<std::string> bare_place_name(const std::string& label) {
  constexpr std::size_t kShortest = 2;
  const std::u32string cps = to_u32(label);
  for (const std::u32string level : {U"市", U"州", U"县", U"地区"})
    if (cps.size() >= level.size() + kShortest && cps.ends_with(level))
      return label.substr(0, label.size() - text::to_utf8(level).size());
  return std::nullopt;
}

void merge_short_place_prefixes(std::vector<Mention>& mentions) {
  const DocumentLabels labels = labels_of(mentions);
  std::map<std::string, std::string> full;  // short-prefixed label -> full-prefixed label
  for (const auto& place : labels.places) {
    const auto stem = bare_place_name(place);
    if (!stem) continue;
    for (const auto& body : labels.bodies)
      if (body.starts_with(*stem) && !body.starts_with(place) && labels.bodies.count(place + body.substr(stem->size())))
        full[body] = place + body.substr(stem->size());
  }
  relabel(mentions, rules::kOrganisation, full);
}

void merge_party_departments(std::vector<Mention>& mentions, const NamingRules& naming) {
  const DocumentLabels labels = labels_of(mentions);
  std::map<std::string, std::string> committee;  // 东坝县宣传部 -> 东坝县委宣传部
  for (const auto& place : labels.places)
    for (const auto& department : naming.party_departments)
      if (labels.bodies.count(place + department) && labels.bodies.count(place + "委" + department))
        committee[place + department] = place + "委" + department;
  relabel(mentions, rules::kOrganisation, committee);
}

namespace {

// The level a place's name ends with, when a body's head may repeat it (县 of 天峻县). A
// one-character name keeps it twice (索县县委), and so does a region (自治区党委 is its body).
std::optional<std::string> level_of(const std::string& place, const std::vector<std::string>& levels) {
  if (to_u32(place).size() < 3 || place.ends_with("自治区")) return std::nullopt;
  for (const auto& level : levels)
    if (place.ends_with(level)) return level;
  return std::nullopt;
}

}  // namespace

void merge_doubled_levels(std::vector<Mention>& mentions, const NamingRules& naming) {
  // The heads of a place's own organs that the level may be written before: 县委, 县政府.
  static const std::vector<std::string> kOrgans = {"委", "政府", "人民政府", "人大常委会", "政协"};
  const DocumentLabels labels = labels_of(mentions);
  std::map<std::string, std::string> once;
  for (const auto& place : labels.places) {
    const auto level = level_of(place, naming.body_levels);
    if (!level) continue;
    for (const auto& organ : kOrgans)
      if (labels.bodies.count(place + *level + organ)) once[place + *level + organ] = place + organ;
  }
  relabel(mentions, rules::kOrganisation, once);
}

}  // namespace kg::extract
