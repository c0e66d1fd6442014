#include "kg/extract/place_links.h"

#include <algorithm>
#include <limits>
#include <map>

#include "kg/extract/lexicon_matcher.h"
#include "kg/extract/place_levels.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

using gazetteer::Level;

bool is_high(Level level) { return level == Level::province || level == Level::city || level == Level::county; }

// How far down the hierarchy a division sits: a province 1, a city 2, a county 3 …
int depth(const gazetteer::Gazetteer& g, std::uint32_t d) {
  int n = 1;
  for (std::uint32_t at = g.division(d).parent; at != gazetteer::kNoParent && n < 8; at = g.division(at).parent) ++n;
  return n;
}

std::vector<std::uint32_t> ancestors(const gazetteer::Gazetteer& g, std::uint32_t d) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t at = g.division(d).parent; at != gazetteer::kNoParent && out.size() < 8;
       at = g.division(at).parent)
    out.push_back(at);
  return out;
}

bool is_open_quote(char32_t c) { return c == U'“' || c == U'‘' || c == U'「' || c == U'『'; }
bool is_close_quote(char32_t c) { return c == U'”' || c == U'’' || c == U'」' || c == U'』'; }

std::string many(std::size_t n) { return std::to_string(n) + " official divisions"; }

}  // namespace

struct PlaceLinker::Entity {
  std::string label;
  std::vector<std::uint32_t> candidates;
  std::optional<std::uint32_t> linked;
  std::string why;
  bool proposed_only = false;  // no mention of the rules bears this name: never an anchor
  std::set<std::size_t> nearby;  // entities named in a paragraph that also names this one
};

// A name the division list knows where the rules found none, or found a longer one.
struct PlaceLinker::Proposal {
  Mention mention;
  std::optional<std::size_t> replaces;  // index of the mention it shortens
  bool from_rules_name = false;         // part of a name the rules found (a shortened name, or what it lost)
};

PlaceLinker::PlaceLinker(const rules::RuleSet& rules, const gazetteer::Gazetteer& gazetteer) : g_(gazetteer) {
  for (const auto& s : rules.suffixes)
    if (s.type == rules::kPlace && !s.is_head) suffixes_.push_back(to_u32(s.text));
  for (const auto& list : rules.word_lists) {
    const bool for_places = list.types.empty() || std::find(list.types.begin(), list.types.end(), rules::kPlace) !=
                                                      list.types.end();
    if (for_places && (list.kind == "generic" || list.kind == "compound"))
      generic_.insert(list.words.begin(), list.words.end());
  }
}

std::size_t PlaceLinker::longest_official_ending_at(const SentenceText& s, std::size_t end, std::size_t longest) const {
  // Over Han characters only: an official name never holds a digit or a mark.
  std::size_t best = 0;
  for (std::size_t len = 2; len <= longest && len <= end && text::is_han(s.cps[end - len]); ++len)
    if (!g_.find(s.slice(end - len, end)).empty()) best = len;
  return best;
}

std::vector<PlaceLinker::Proposal> PlaceLinker::proposals(const std::vector<Mention>& mentions,
                                                          const std::vector<SentenceText>& sentences) const {
  std::vector<std::vector<std::size_t>> by_sentence(sentences.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) by_sentence[mentions[i].sentence].push_back(i);
  const std::size_t longest = std::min<std::size_t>(g_.longest_key(), 16);
  std::vector<Proposal> out;
  for (const auto& s : sentences) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      std::size_t end = 0;
      for (const auto& suffix : suffixes_)
        if (i + suffix.size() <= s.size() && std::equal(suffix.begin(), suffix.end(), s.cps.begin() + i))
          end = std::max(end, i + suffix.size());
      if (end == 0) continue;
      const std::size_t best = longest_official_ending_at(s, end, longest);
      if (best == 0) continue;
      const std::size_t begin = end - best;
      const std::string name = s.slice(begin, end);
      if (generic_.count(name)) continue;
      std::optional<std::size_t> ending_here;
      bool conflict = false, nested = false;
      for (std::size_t k : by_sentence[s.index]) {
        const Mention& m = mentions[k];
        if (m.type == rules::kPlace && m.end == end && !m.deictic) ending_here = k;
        const bool crosses = (m.begin < begin && begin < m.end && m.end < end) || (begin < m.begin && m.begin < end && end < m.end);
        conflict = conflict || crosses || (m.type == rules::kPlace && m.begin <= begin && end < m.end);
        nested = nested || (m.begin <= begin && end <= m.end && (m.begin < begin || end < m.end));
      }
      Proposal p;
      if (ending_here) {
        const Mention& m = mentions[*ending_here];
        // Shorten a name only when the rules' longer name is no official name itself.
        if (m.begin >= begin || !g_.find(m.label).empty()) continue;
        p.mention = m;
        p.replaces = *ending_here;
        p.from_rules_name = true;
        // What the shortened name loses may be a place of its own: 西坝县 of 西坝县城关镇
        // (县城, a county town, kept the grammar from cutting there).
        // The grammar may have cut into it (坝县城关镇 for a 4-character limit): the official name
        // may start before the rules' name did, as long as it covers what was lost.
        const std::size_t head_length = longest_official_ending_at(s, begin, longest);
        const std::string lost = s.slice(begin - head_length, begin);
        if (head_length > 0 && begin - head_length <= m.begin && !generic_.count(lost)) {
          Proposal head;
          head.mention = m;
          head.mention.label = head.mention.surface = lost;
          head.mention.rule = "place.gazetteer";
          head.mention.begin = begin - head_length;
          head.mention.end = begin;
          head.mention.span = s.span(begin - head_length, begin);
          head.from_rules_name = true;
          out.push_back(std::move(head));
        }
      } else {
        if (conflict) continue;
        p.mention.type = rules::kPlace;
        p.mention.sentence = s.index;
        p.mention.nested = nested;
      }
      p.mention.label = p.mention.surface = name;
      p.mention.rule = "place.gazetteer";
      p.mention.begin = begin;
      p.mention.end = end;
      p.mention.span = s.span(begin, end);
      out.push_back(std::move(p));
    }
  }
  return out;
}

void PlaceLinker::resolve(std::vector<Entity>& entities,
                          const std::vector<std::pair<std::size_t, std::size_t>>& chains) const {
  const auto linked_high_anchors = [&](std::size_t self) {
    std::vector<std::uint32_t> out;
    for (std::size_t k = 0; k < entities.size(); ++k)
      if (k != self && entities[k].linked && !entities[k].proposed_only &&
          is_high(g_.division(*entities[k].linked).level))
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
      std::erase_if(fitting, [&](std::uint32_t d) {
        return std::none_of(others.begin(), others.end(),
                            [&](std::uint32_t o) { return lower == e ? g_.is_below(d, o) : g_.is_below(o, d); });
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
        if (g_.is_below(c[k], a)) rank[k] = std::max(rank[k], depth(g_, a));
    const int top = *std::max_element(rank.begin(), rank.end());
    if (top == 0) return c;
    std::vector<std::uint32_t> kept;
    for (std::size_t k = 0; k < c.size(); ++k)
      if (rank[k] == top) kept.push_back(c[k]);
    return kept;
  };
  const auto nearby_anchors = [&](std::size_t e) {
    std::vector<std::uint32_t> out;
    for (std::size_t k : entities[e].nearby)
      if (entities[k].linked && !entities[k].proposed_only) out.push_back(*entities[k].linked);
    return out;
  };
  for (const bool high_only : {true, false}) {
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t e = 0; e < entities.size(); ++e) {
        Entity& entity = entities[e];
        if (entity.linked || entity.candidates.empty()) continue;
        if (high_only && !std::all_of(entity.candidates.begin(), entity.candidates.end(),
                                      [&](std::uint32_t d) { return is_high(g_.division(d).level); }))
          continue;
        bool constrained = false;
        std::vector<std::uint32_t> c = chained(e, entity.candidates, constrained);
        if (c.empty()) {
          entity.why = "no official division of this name lies where the text places it";
          continue;
        }
        std::vector<std::uint32_t> anchors;
        for (std::size_t k = 0; k < entities.size(); ++k)
          if (k != e && entities[k].linked && !entities[k].proposed_only) anchors.push_back(*entities[k].linked);
        // Keep the candidates below the most specific place the document links; if that leaves
        // several, those below the most specific place linked in the same paragraphs.
        if (c.size() > 1) c = below_deepest(c, anchors);
        if (c.size() > 1) c = below_deepest(c, nearby_anchors(e));
        if (c.size() > 1) {
          entity.why = many(entity.candidates.size()) + " bear this name and the document does not settle which";
          continue;
        }
        const std::uint32_t d = c.front();
        if (!constrained && !is_high(g_.division(d).level)) {
          const auto high = linked_high_anchors(e);
          if (!high.empty() && std::none_of(high.begin(), high.end(), [&](std::uint32_t a) { return g_.is_below(d, a); })) {
            const auto up = ancestors(g_, d);
            const std::string where = up.size() >= 2 ? std::string(g_.division(up[up.size() - 2]).name) : "";
            entity.why = "the official division of this name lies in " + where +
                         ", outside the places the document names";
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
    return m.type == rules::kPlace && (m.level == "village" || m.level == "community") && m.rule != "place.gazetteer" &&
           unlisted(m.label) && quoted(m);
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
    std::string stem;
    for (std::size_t i = 0; i + cut < name.size(); ++i) text::append_utf8(stem, name[i]);
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

void PlaceLinker::relabel_regions(const std::vector<Entity>& entities, std::vector<Mention>& mentions) const {
  // 成都地区 beside 成都市, 阿坝地区 beside 阿坝州: the region of a city the document links.
  std::map<std::string, std::string> relabel;
  for (const auto& e : entities) {
    const std::u32string label = to_u32(e.label);
    const std::u32string tail = U"地区";
    if (e.linked || label.size() < tail.size() + 2 || label.compare(label.size() - tail.size(), tail.size(), tail) != 0)
      continue;
    std::string stem;
    for (std::size_t i = 0; i + tail.size() < label.size(); ++i) text::append_utf8(stem, label[i]);
    std::set<std::string> cities;
    for (const char* city_suffix : {"市", "州", "盟"})
      for (std::uint32_t d : g_.find(stem + city_suffix))
        for (const auto& other : entities)
          if (other.linked == d && !other.proposed_only) cities.insert(other.label);
    if (cities.size() == 1) relabel[e.label] = *cities.begin();
  }
  for (Mention& m : mentions)
    if (m.type == rules::kPlace)
      if (const auto it = relabel.find(m.label); it != relabel.end()) m.label = it->second;
}

std::vector<PlaceLink> PlaceLinker::link(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences) const {
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
    for (const Mention* a : places)
      for (const Mention* b : places)
        if (a->sentence == b->sentence && a->end == b->begin && a->label != b->label && lies_in(*b, *a))
          chains.emplace_back(index.at(a->label), index.at(b->label));
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
  for (const auto& [paragraph, named] : by_paragraph)
    for (std::size_t e : named) entities[e].nearby.insert(named.begin(), named.end());
  for (std::size_t e = 0; e < entities.size(); ++e) entities[e].nearby.erase(e);
  resolve(entities, chains);

  // Proposals stand only where their name links below a city or county the rules found in the
  // document; a shortened name replaces the longer one.
  const auto accepted = [&](const Entity& e) {
    if (!e.linked) return false;
    if (!e.proposed_only) return true;
    for (std::size_t k = 0; k < named_by_rules; ++k) {
      const auto& anchor = entities[k].linked;
      if (anchor && is_high(g_.division(*anchor).level) && g_.division(*anchor).level != Level::province &&
          g_.is_below(*e.linked, *anchor))
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
  mentions.insert(mentions.end(), added.begin(), added.end());
  std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });

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

void PlaceLinker::add_hierarchy(std::vector<PlaceLink>& links, std::vector<RelationMention>& relations,
                                HierarchyEdges edges) const {
  if (edges == HierarchyEdges::none) return;
  std::map<std::uint32_t, std::string> named;  // division -> the document's label for it
  std::map<std::string, std::optional<std::uint32_t>> division_of;
  for (const auto& l : links) {
    division_of[l.label] = l.division;
    if (l.division) named.emplace(*l.division, l.label);
  }
  std::map<std::string, std::set<std::string>> text_parents;
  for (const auto& r : relations)
    if (r.relation == "located_in" && r.source.type == rules::kPlace && r.target.type == rules::kPlace)
      text_parents[r.source.label].insert(r.target.label);

  const std::map<std::uint32_t, std::string> document_names = named;
  std::set<std::pair<std::string, std::string>> emitted;
  std::vector<PlaceLink> unnamed;
  const std::vector<PlaceLink> named_links = links;
  for (const auto& link : named_links) {
    if (!link.division) continue;
    const std::uint32_t d = *link.division;
    // The text gives this place a parent the list does not (a development zone that runs the
    // village): the text knows better, and the list adds nothing above it.
    bool text_knows = false;
    for (const auto& parent : text_parents[link.label]) {
      const auto it = division_of.find(parent);
      text_knows = text_knows || it == division_of.end() || !it->second || !g_.is_below(d, *it->second);
    }
    if (text_knows) continue;
    const auto up = ancestors(g_, d);
    std::size_t top = 0;  // how many steps up
    for (std::size_t i = 0; i < up.size(); ++i)
      if (edges == HierarchyEdges::all || document_names.count(up[i])) top = i + 1;
    std::string lower = link.label;
    for (std::size_t i = 0; i < top; ++i) {
      auto it = named.find(up[i]);
      if (it == named.end()) {
        const auto division = g_.division(up[i]);
        PlaceLink extra;
        extra.label = std::string(division.name);
        extra.division = up[i];
        extra.level = gazetteer::level_name(division.level);
        extra.code = gazetteer::padded_code(division.code);
        extra.official_name = division.official_name;
        extra.candidates = g_.find(extra.label).size();
        extra.named = false;
        if (division_of.count(extra.label)) break;  // the document uses that name for another place
        division_of[extra.label] = up[i];
        it = named.emplace(up[i], extra.label).first;
        unnamed.push_back(std::move(extra));
      }
      if (emitted.emplace(lower, it->second).second) {
        RelationMention r;
        r.source = {rules::kPlace, lower};
        r.relation = "located_in";
        r.target = {rules::kPlace, it->second};
        r.rule = "gazetteer";
        r.origin = Origin::gazetteer;
        r.sentence = kNoSentence;
        relations.push_back(std::move(r));
      }
      lower = it->second;
    }
  }
  links.insert(links.end(), unnamed.begin(), unnamed.end());
  std::sort(links.begin(), links.end(), [](const PlaceLink& a, const PlaceLink& b) { return a.label < b.label; });
}

}  // namespace kg::extract
