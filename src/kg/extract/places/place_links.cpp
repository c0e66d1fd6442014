#include "kg/extract/places/place_links.h"

#include <algorithm>
#include <map>

#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/names/names.h"
#include "kg/extract/places/place_levels.h"
#include "kg/extract/places/place_links_internal.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

std::string many(std::size_t n) {
  return std::to_string(n) + " official divisions";
}

}  // namespace

PlaceLinker::PlaceLinker(const rules::RuleSet& rules, const gazetteer::Gazetteer& gazetteer) : g_(gazetteer) {
  for (const auto& s : rules.suffixes)
    if (s.type == rules::kPlace && !s.is_head) {
      suffixes_.push_back(to_u32(s.text));
      suffix_at_.add(s.text, 0);
    }
  for (const auto& list : rules.word_lists) {
    const bool for_places =
        list.types.empty() || std::find(list.types.begin(), list.types.end(), rules::kPlace) != list.types.end();
    if (for_places && (list.kind == "generic" || list.kind == "compound"))
      generic_.insert(list.words.begin(), list.words.end());
  }
}

void PlaceLinker::resolve(std::vector<Entity>& entities, const std::vector<std::pair<std::size_t, std::size_t>>& chains,
                          const std::vector<std::vector<std::size_t>>& members) const {
  const auto linked_high_anchors = [&](std::size_t self) {
    std::vector<std::uint32_t> out;
    for (std::size_t k = 0; k < entities.size(); ++k)
      if (k != self && entities[k].linked && !entities[k].proposed_only &&
          divisions::is_high(g_.division(*entities[k].linked).level))
        out.push_back(*entities[k].linked);
    return out;
  };
  // Candidates of `e` that fit the chains it stands in: below the place written before it,
  // above the place written after it.
  const auto chained = [&](std::size_t e, std::vector<std::uint32_t> c, bool& constrained) {
    for (const auto& [upper, lower] : chains) {
      if (lower != e && upper != e) continue;
      const Entity& other = entities[lower == e ? upper : lower];
      std::vector<std::uint32_t> others = other.linked ? std::vector<std::uint32_t>{*other.linked} : other.candidates;
      if (others.empty()) continue;
      std::vector<std::uint32_t> fitting = c;
      const bool below_other = lower == e;  // a plain bool: clang 14 captures no structured binding
      std::erase_if(fitting, [&](std::uint32_t d) {
        return std::none_of(others.begin(), others.end(),
                            [&](std::uint32_t o) { return below_other ? g_.is_below(d, o) : g_.is_below(o, d); });
      });
      // An unlinked neighbour whose namesakes all lie elsewhere is a place the list does not
      // hold (a development zone); it says nothing about this one.
      if (fitting.empty() && !other.linked) continue;
      constrained = true;
      c = std::move(fitting);
    }
    return c;
  };
  // The candidates below the deepest of `anchors` that any candidate lies below; all of them
  // when none does.
  const auto below_deepest = [&](const std::vector<std::uint32_t>& c, const std::vector<std::uint32_t>& anchors) {
    std::vector<int> rank(c.size(), 0);
    for (std::size_t k = 0; k < c.size(); ++k)
      for (std::uint32_t a : anchors)
        if (g_.is_below(c[k], a)) rank[k] = std::max(rank[k], divisions::depth(g_, a));
    const int top = *std::max_element(rank.begin(), rank.end());
    if (top == 0) return c;
    std::vector<std::uint32_t> kept;
    for (std::size_t k = 0; k < c.size(); ++k)
      if (rank[k] == top) kept.push_back(c[k]);
    return kept;
  };
  // Linked places named in the paragraphs that name `e`; looked up only for an ambiguous name, so
  // that an enumeration of thousands of villages costs no square of its length.
  const auto nearby_anchors = [&](std::size_t e) {
    std::vector<std::uint32_t> out;
    for (std::size_t p : entities[e].paragraphs)
      for (std::size_t k : members[p])
        if (k != e && entities[k].linked && !entities[k].proposed_only) out.push_back(*entities[k].linked);
    return out;
  };
  const auto all_anchors = [&](std::size_t e) {
    std::vector<std::uint32_t> out;
    for (std::size_t k = 0; k < entities.size(); ++k)
      if (k != e && entities[k].linked && !entities[k].proposed_only) out.push_back(*entities[k].linked);
    return out;
  };
  for (const bool high_only : {true, false}) {
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t e = 0; e < entities.size(); ++e) {
        Entity& entity = entities[e];
        if (entity.linked || entity.candidates.empty()) continue;
        if (high_only && !std::all_of(entity.candidates.begin(), entity.candidates.end(),
                                      [&](std::uint32_t d) { return divisions::is_high(g_.division(d).level); }))
          continue;
        bool constrained = false;
        std::vector<std::uint32_t> c = chained(e, entity.candidates, constrained);
        if (c.empty()) {
          entity.why = "no official division of this name lies where the text places it";
          continue;
        }
        // Keep the candidates below the most specific place the document links; if that leaves
        // several, those below the most specific place linked in the same paragraphs.
        if (c.size() > 1) c = below_deepest(c, all_anchors(e));
        if (c.size() > 1) c = below_deepest(c, nearby_anchors(e));
        if (c.size() > 1) {
          entity.why = many(entity.candidates.size()) + " bear this name and the document does not settle which";
          continue;
        }
        const std::uint32_t d = c.front();
        if (!constrained && !divisions::is_high(g_.division(d).level)) {
          const auto high = linked_high_anchors(e);
          if (!high.empty() &&
              std::none_of(high.begin(), high.end(), [&](std::uint32_t a) { return g_.is_below(d, a); })) {
            const auto up = divisions::ancestors(g_, d);
            const std::string where = up.size() >= 2 ? std::string(g_.division(up[up.size() - 2]).name) : "";
            entity.why =
                "the official division of this name lies in " + where + ", outside the places the document names";
            continue;
          }
        }
        entity.linked = d;
        entity.why.clear();
        changed = true;
      }
    }
  }
}

void PlaceLinker::relabel_regions(const std::vector<Entity>& entities, std::vector<Mention>& mentions) const {
  // 成都地区 beside 成都市, 阿坝地区 beside 阿坝州, 同仁地区 beside 同仁市: of the divisions of
  // that stem, at any level, the one the document links. Not for a county (昌都县 became 卡若区,
  // not 昌都市).
  std::map<std::string, std::string> relabel;
  for (const auto& e : entities) {
    if (e.linked || !to_u32(e.label).ends_with(U"地区")) continue;
    std::set<std::string> linked;
    for (std::uint32_t d : became(e.label, true))
      for (const auto& other : entities)
        if (other.linked == d && !other.proposed_only) linked.insert(other.label);
    if (linked.size() == 1) relabel[e.label] = *linked.begin();
  }
  for (Mention& m : mentions)
    if (m.type == rules::kPlace)
      if (const auto it = relabel.find(m.label); it != relabel.end()) m.label = it->second;
}

namespace {

// Former names and what the division became: a prefecture (地区) a city, a county (县) a
// county-level city or a district.
struct FormerName {
  std::u32string_view tail;
  std::vector<const char*> now;
  gazetteer::Level level;
};

const std::vector<FormerName>& former_names() {
  static const std::vector<FormerName> names = {{U"地区", {"市", "州", "盟"}, gazetteer::Level::city},
                                                {U"县", {"市", "区"}, gazetteer::Level::county}};
  return names;
}

}  // namespace

std::set<std::uint32_t> PlaceLinker::became(const std::string& former, bool any_level) const {
  const std::u32string label = to_u32(former);
  std::set<std::uint32_t> now;
  for (const auto& f : former_names()) {
    if (label.size() < f.tail.size() + 2 || !label.ends_with(f.tail)) continue;
    const std::string stem = text::to_utf8(std::u32string_view(label).substr(0, label.size() - f.tail.size()));
    for (const char* suffix : f.now)
      for (std::uint32_t d : g_.find(stem + suffix))
        if (any_level || g_.division(d).level == f.level) now.insert(d);
  }
  return now;
}

void PlaceLinker::relabel_former_names(std::vector<Mention>& mentions) const {
  // 那曲地区, 米林县, 达孜县: divisions that became cities or districts keep their old name in
  // the news. A name the list does not hold is the one division it became, if there is one.
  std::map<std::string, std::string> now;
  for (const Mention& m : mentions) {
    if (m.type != rules::kPlace || m.deictic || now.count(m.label)) continue;
    const auto divisions = g_.find(m.label).empty() ? became(m.label, false) : std::set<std::uint32_t>{};
    now[m.label] = divisions.size() == 1 ? std::string(g_.division(*divisions.begin()).name) : "";
  }
  for (Mention& m : mentions)
    if (const auto it = now.find(m.label); m.type == rules::kPlace && it != now.end() && !it->second.empty())
      m.label = it->second;
}

std::vector<PlaceLink> PlaceLinker::link(std::vector<Mention>& mentions,
                                         const std::vector<SentenceText>& sentences) const {
  relabel_former_names(mentions);
  std::vector<Proposal> proposed = proposals(mentions, sentences);
  std::map<std::string, std::size_t> index;
  std::vector<Entity> entities;
  const auto entity_of = [&](const std::string& label) {
    const auto [it, fresh] = index.try_emplace(label, entities.size());
    if (fresh) {
      Entity e;
      e.label = label;
      const auto found = g_.find(label);
      e.candidates.assign(found.begin(), found.end());
      e.why = e.candidates.empty() ? "not in the official list (" + std::string(g_.source()) + ")" : "";
      entities.push_back(std::move(e));
    }
    return it->second;
  };
  const auto is_place = [](const Mention& m) { return m.type == rules::kPlace && !m.deictic; };
  for (const auto& m : mentions)
    if (is_place(m)) entity_of(m.label);
  const std::size_t named_by_rules = entities.size();
  for (const auto& p : proposed) entity_of(p.mention.label);
  for (std::size_t k = named_by_rules; k < entities.size(); ++k) entities[k].proposed_only = true;
  for (const auto& p : proposed)
    if (p.from_rules_name) entities[index.at(p.mention.label)].proposed_only = false;

  // Chains the text spells: a place written right after another (巴宜区百巴镇).
  std::vector<std::pair<std::size_t, std::size_t>> chains;
  const auto chain_members = [&](const std::vector<const Mention*>& places) {
    // Places by where they start, so that each finds the one right after it without a scan of all.
    std::multimap<std::pair<std::size_t, std::size_t>, const Mention*> by_start;
    for (const Mention* b : places) by_start.emplace(std::pair{b->sentence, b->begin}, b);
    for (const Mention* a : places) {
      const auto [first, last] = by_start.equal_range({a->sentence, a->end});
      for (auto it = first; it != last; ++it) {
        const Mention* b = it->second;
        if (a->label != b->label && lies_in(*b, *a)) chains.emplace_back(index.at(a->label), index.at(b->label));
      }
    }
  };
  std::vector<const Mention*> places;
  for (const auto& m : mentions)
    if (is_place(m)) places.push_back(&m);
  for (const auto& p : proposed) places.push_back(&p.mention);
  chain_members(places);
  std::sort(chains.begin(), chains.end());
  chains.erase(std::unique(chains.begin(), chains.end()), chains.end());

  std::map<std::size_t, std::set<std::size_t>> by_paragraph;
  for (const Mention* m : places) by_paragraph[sentences[m->sentence].paragraph].insert(index.at(m->label));
  std::vector<std::vector<std::size_t>> members;
  for (const auto& [paragraph, named] : by_paragraph) {
    for (std::size_t e : named) entities[e].paragraphs.push_back(members.size());
    members.emplace_back(named.begin(), named.end());
  }
  resolve(entities, chains, members);

  // Proposals stand only where their name links below a city or county the rules found in the
  // document; a shortened name replaces the longer one.
  const auto accepted = [&](const Entity& e) {
    if (!e.linked) return false;
    if (!e.proposed_only) return true;
    for (std::size_t k = 0; k < named_by_rules; ++k) {
      const auto& anchor = entities[k].linked;
      if (anchor && divisions::is_high(g_.division(*anchor).level) &&
          g_.division(*anchor).level != gazetteer::Level::province && g_.is_below(*e.linked, *anchor))
        return true;
    }
    return false;
  };
  std::vector<Mention> added;
  for (auto& p : proposed) {
    if (!accepted(entities[index.at(p.mention.label)])) continue;
    if (p.replaces)
      mentions[*p.replaces] = p.mention;
    else
      added.push_back(p.mention);
  }
  add_in_order(mentions, std::move(added));

  relabel_regions(entities, mentions);
  std::map<std::string, PlaceLink> links;
  for (Mention& m : mentions) {
    if (!is_place(m)) continue;
    const Entity& e = entities[index.at(m.label)];
    PlaceLink& link = links[m.label];
    link.label = m.label;
    link.candidates = e.candidates.size();
    link.why_unlinked = e.linked ? "" : e.why;
    if (!e.linked) continue;
    const auto d = g_.division(*e.linked);
    link.division = *e.linked;
    link.level = gazetteer::level_name(d.level);
    link.code = gazetteer::padded_code(d.code);
    link.official_name = d.official_name;
    m.level = link.level;
  }
  std::vector<PlaceLink> out;
  for (auto& [label, link] : links) out.push_back(std::move(link));
  return out;
}

}  // namespace kg::extract
