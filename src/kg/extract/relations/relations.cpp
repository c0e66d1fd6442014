#include "kg/extract/relations/relations.h"

#include "kg/extract/places/place_levels.h"

#include "kg/extract/mentions/mentions.h"

#include <algorithm>
#include <map>
#include <set>

namespace kg::extract {

namespace {

constexpr std::size_t kMaxMembers = 30;     // an enumeration longer than this is a table, not a list
constexpr std::size_t kOwnAmountGap = 4;    // 资助金177.7万元: a fund's own amount follows it this closely

// Does a word of `words` end right where `m` begins?
bool follows_any(const std::vector<std::string>& words, const SentenceText& s, const Mention& m) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& word) {
    const std::u32string w = to_u32(word);
    return m.begin >= w.size() &&
           std::equal(w.begin(), w.end(), s.cps.begin() + static_cast<std::ptrdiff_t>(m.begin - w.size()));
  });
}

bool allowed(const rules::Slot& slot, const Mention& m, const SentenceText& s) {
  if (std::find(slot.types.begin(), slot.types.end(), m.type) == slot.types.end()) return false;
  if (!slot.levels.empty() && std::find(slot.levels.begin(), slot.levels.end(), m.level) == slot.levels.end())
    return false;
  return slot.not_after.empty() || !follows_any(slot.not_after, s, m);
}

EntityRef ref(const Mention& m) {
  return {m.type, m.label};
}

// Text between two names that joins members of one enumeration.
// Quote and book-title marks around the names do not count: 《甲》《乙》 is a list of two.
bool is_separator(const SentenceText& s, std::size_t begin, std::size_t end) {
  std::u32string gap;
  for (std::size_t k = begin; k < end; ++k)
    if (!is_mark(s.cps[k])) gap += s.cps[k];
  if (gap.size() > 2) return false;
  return gap.empty() || gap == U"、" || gap == U"和" || gap == U"及" || gap == U"与" || gap == U"以及" ||
         gap == U"或" || gap == U"，";
}

// A gap a slot may not reach across: a clause ends at a semicolon, and for a slot that says so
// at a comma.
bool crosses_clause(const SentenceText& s, std::size_t begin, std::size_t end, bool comma_ends = false) {
  for (std::size_t k = begin; k < end; ++k)
    if (s.cps[k] == U'；' || (comma_ends && s.cps[k] == U'，')) return true;
  return false;
}

// Where an aside in brackets that ends at `at` opens: 创评办（统战部、民宗局）与…: the names in
// the brackets say who the office is, and the subject stands before them. `at` when there is none.
std::size_t before_aside(const SentenceText& s, std::size_t at) {
  if (at == 0 || (s.cps[at - 1] != U'）' && s.cps[at - 1] != U')')) return at;
  const char32_t open = s.cps[at - 1] == U'）' ? U'（' : U'(';
  for (std::size_t k = at - 1; k-- > 0 && at - k <= 40;)
    if (s.cps[k] == open) return k;
  return at;
}

std::vector<const Mention*> top_level(const std::vector<Mention>& mentions) {
  std::vector<const Mention*> out;
  for (const auto& m : mentions)
    if (!m.nested) out.push_back(&m);
  return out;
}

struct Filled {
  std::vector<const Mention*> members;  // empty: an actor the graph does not name holds the role
  std::size_t anchor = 0;               // where the next slot on the same side starts searching
};

// The first of a chain of places that ends with names[i]: 在西坝乡团结村 puts 团结村 after 在.
const Mention& chain_head(const std::vector<const Mention*>& names, std::size_t i) {
  while (i > 0 && names[i]->type == rules::kPlace && names[i - 1]->type == rules::kPlace &&
         names[i - 1]->end == names[i]->begin)
    --i;
  return *names[i];
}

// Where the nearest of the slot's stop words (国家, 我们: actors that are no node) ends before
// `anchor` within the slot's reach; 0 when none does.
std::size_t stop_word_end(const rules::Slot& slot, std::size_t anchor, const SentenceText& s) {
  std::size_t found = 0;
  const std::size_t from = anchor > slot.max_gap ? anchor - slot.max_gap : 0;
  for (const auto& word : slot.stop) {
    const std::u32string w = to_u32(word);
    for (std::size_t end = anchor; end >= from + w.size() && end > found; --end)
      if (std::equal(w.begin(), w.end(), s.cps.begin() + static_cast<std::ptrdiff_t>(end - w.size()))) {
        found = end;
        break;
      }
  }
  return found;
}

std::optional<Filled> fill_left(const rules::Slot& slot, std::size_t anchor, const SentenceText& s,
                                const std::vector<const Mention*>& names, const std::set<const Mention*>& objects) {
  anchor = before_aside(s, anchor);
  std::size_t stop = stop_word_end(slot, anchor, s);
  if (stop > 0 && crosses_clause(s, stop, anchor, !slot.crosses_comma)) stop = 0;
  for (std::size_t i = names.size(); i-- > 0;) {
    const Mention& m = *names[i];
    if (m.end > anchor) continue;
    if (stop > 0 && m.end < stop) return Filled{{}, anchor};  // a name ending with the word holds it
    if (!slot.not_after.empty() && follows_any(slot.not_after, s, chain_head(names, i))) continue;
    // An organisation or place that was the object of an earlier verb is not the subject of a
    // later one (走访A公司，开展B: B is run by the visitor). A program may be: 实施A工程，惠及B村.
    if (slot.role == "source" && m.type != rules::kProgram && objects.count(&m)) continue;
    if (anchor - m.end > slot.max_gap || crosses_clause(s, m.end, anchor, !slot.crosses_comma)) return std::nullopt;
    if (!allowed(slot, m, s)) continue;
    Filled f{{&m}, m.begin};
    for (std::size_t j = i; slot.enumerate && f.members.size() < kMaxMembers && j-- > 0;) {
      const Mention& prev = *names[j];
      if (!allowed(slot, prev, s) || prev.end > f.anchor || !is_separator(s, prev.end, f.anchor)) break;
      // 西坝县团结乡: a higher place right before a lower one opens a chain, it is no list member.
      const Mention& next = *f.members.front();
      if (prev.end == next.begin && prev.type == rules::kPlace && next.type == rules::kPlace &&
          level_rank(prev.level) < level_rank(next.level))
        break;
      f.members.insert(f.members.begin(), &prev);
      f.anchor = prev.begin;
    }
    return f;
  }
  if (stop > 0) return Filled{{}, anchor};
  return std::nullopt;
}

// Characters between `anchor` and `at`, not counting the money of the frame: in 投入资金500万元，
// 实施A工程 the amount stands between the verb and what it pays for.
std::size_t gap_to(std::size_t anchor, std::size_t at, const std::optional<Amount>& money) {
  std::size_t gap = at - anchor;
  if (money && money->begin >= anchor && money->end <= at) gap -= money->end - money->begin;
  return gap;
}

std::optional<Filled> fill_right(const rules::Slot& slot, std::size_t anchor, const SentenceText& s,
                                 const std::vector<const Mention*>& names, const std::optional<Amount>& money) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    const Mention& first = *names[i];
    if (first.begin < anchor) continue;
    if (gap_to(anchor, first.begin, money) > slot.max_gap || crosses_clause(s, anchor, first.begin, !slot.crosses_comma))
      return std::nullopt;
    if (!allowed(slot, first, s)) continue;
    Filled f{{&first}, first.end};
    std::size_t j = i;
    // In a place chain (雪川市东坝县雪峰镇) the last, lowest place is the one meant.
    while (slot.innermost && j + 1 < names.size() && names[j + 1]->type == first.type &&
           names[j + 1]->begin == names[j]->end) {
      f.members.back() = names[++j];
      f.anchor = names[j]->end;
    }
    while (slot.enumerate && f.members.size() < kMaxMembers && j + 1 < names.size() &&
           allowed(slot, *names[j + 1], s) && is_separator(s, f.anchor, names[j + 1]->begin)) {
      f.members.push_back(names[++j]);
      f.anchor = names[j]->end;
    }
    return f;
  }
  return std::nullopt;
}

// The places that open a name, in a chain (西坝镇 + 团结村 in 西坝镇团结村驻村工作队): the last is
// the seat. Places are those the document names, so 县政府 resolved to 东坝县政府 finds 东坝县.
std::string seat_of(const std::string& label, const std::set<std::string>& places) {
  std::string seat;
  std::size_t at = 0;
  while (at < label.size()) {
    std::size_t best = 0;
    for (std::size_t end = at + 1; end < label.size(); ++end)
      if ((static_cast<unsigned char>(label[end]) & 0xC0) != 0x80 && places.count(label.substr(at, end - at)))
        best = end - at;
    if (best == 0) break;
    seat = label.substr(at, best);
    at += best;
  }
  return seat;
}

// A slot with `after` words takes a name only right after one of them: 在 in 在团结村投入.
bool follows_required_word(const rules::Slot& slot, const SentenceText& s, const Mention& m) {
  return slot.after.empty() || follows_any(slot.after, s, m);
}

std::optional<int> year_before(const std::vector<YearMention>& years, std::size_t position) {
  std::optional<int> found;
  for (const auto& y : years)
    if (y.begin < position) found = y.year;
  return found;
}

const char* origin_name(rules::ActorOrigin origin) {
  switch (origin) {
    case rules::ActorOrigin::sentence: return "sentence subject";
    case rules::ActorOrigin::paragraph: return "paragraph actor";
    case rules::ActorOrigin::headline: return "headline actor";
  }
  return "";
}

// The first actor the slot may take from elsewhere, in the order it lists the origins.
std::optional<std::pair<EntityRef, rules::ActorOrigin>> actor_for(const rules::Slot& slot, const Actors& actors) {
  for (const auto origin : slot.from) {
    const auto actor = actors.find(origin);
    if (actor && std::find(slot.types.begin(), slot.types.end(), actor->type) != slot.types.end())
      return std::pair{*actor, origin};
  }
  return std::nullopt;
}

// The money a rule that needs it pays: the first amount within its gap after the cue, or the
// last before it.
std::optional<Amount> money_of(const rules::RelationRule& rule, std::size_t cue_begin, std::size_t cue_end,
                               const std::vector<Amount>& amounts) {
  if (!rule.needs_amount) return std::nullopt;
  if (rule.amount_before) {
    for (auto a = amounts.rbegin(); a != amounts.rend(); ++a)
      if (a->end <= cue_begin && cue_begin - a->end <= rule.amount_gap) return *a;
    return std::nullopt;
  }
  for (const auto& a : amounts)
    if (a.begin >= cue_end && a.begin - cue_end <= rule.amount_gap) return a;
  return std::nullopt;
}

// One cue occurrence and what a rule has filled around it.
struct Frame {
  Frame(const rules::RelationRule& r, std::size_t begin, std::size_t end) : rule(r), cue_begin(begin), cue_end(end) {}
  const rules::RelationRule& rule;
  std::size_t cue_begin = 0;
  std::size_t cue_end = 0;
  std::optional<Amount> amount;
  std::map<std::string, std::vector<EntityRef>> roles;
  std::string roles_from;                  // where each role came from ("source: clause; target: clause")
  bool source_in_clause = true;            // the source is named in the cue's comma-delimited clause
  std::vector<const Mention*> new_objects;  // what the verb acts on
  std::size_t left = 0;                     // where the next left and right slots search from
  std::size_t right = 0;
  std::optional<std::pair<std::size_t, std::size_t>> target;  // where the first right target stands
};

void note_role(Frame& f, const std::string& role, const std::string& origin) {
  f.roles_from += (f.roles_from.empty() ? "" : "; ") + role + ": " + origin;
}

bool fill_roles(Frame& f, const SentenceContext& c, const std::set<const Mention*>& objects, std::string& why_not) {
  const auto names = top_level(c.mentions);
  f.left = f.cue_begin;
  f.right = f.cue_end;
  for (const auto& slot : f.rule.slots) {
    const auto filled = slot.from_only                   ? std::nullopt
                        : slot.side == rules::Side::left ? fill_left(slot, f.left, c.text, names, objects)
                                                         : fill_right(slot, f.right, c.text, names, f.amount);
    if (filled && filled->members.empty()) {
      why_not = "nearly: the " + slot.role + " is an actor that is no node";
      return false;
    }
    if (filled && follows_required_word(slot, c.text, *filled->members.front())) {
      for (const Mention* m : filled->members) f.roles[slot.role].push_back(ref(*m));
      note_role(f, slot.role, "clause");
      if (slot.role == "source" && crosses_clause(c.text, filled->members.back()->end, f.cue_begin, true))
        f.source_in_clause = false;
      // Partners of a symmetric relation (A与B、C联合开展) act together: no verb's objects.
      if (slot.side == rules::Side::right && slot.role == "target" && !rules::is_symmetric(f.rule.relation)) {
        f.new_objects.insert(f.new_objects.end(), filled->members.begin(), filled->members.end());
        if (!f.target) f.target = std::pair{filled->members.front()->begin, filled->members.front()->end};
      }
      (slot.side == rules::Side::left ? f.left : f.right) = filled->anchor;
    } else if (const auto actor = actor_for(slot, c.actors)) {
      f.roles[slot.role].push_back(actor->first);
      note_role(f, slot.role, origin_name(actor->second));
      if (slot.role == "source") f.source_in_clause = false;
    } else {
      why_not = std::string(f.roles.empty() ? "" : "nearly: ") + "no " + slot.role + " within " +
                std::to_string(slot.max_gap) + " characters";
      return false;
    }
  }
  return true;
}

// 发放贷款500万元, 罚款2万元: words that, between the cue and what it reaches, cancel the rule;
// 投资500万元的项目: money as an attribute names its payer in its clause or none at all.
bool cancelled(const Frame& f, const SentenceContext& c, std::string& why_not) {
  const std::size_t reach = std::max(f.right, f.amount ? f.amount->end : f.cue_end);
  const std::string between = c.text.slice(f.cue_begin, std::min(reach, c.text.size()));
  for (const auto& word : f.rule.unless)
    if (between.find(word) != std::string::npos) {
      why_not = "nearly: '" + word + "' after the cue";
      return true;
    }
  if (!f.source_in_clause)
    for (const auto& word : f.rule.attributive)
      if (between.find(word) != std::string::npos) {
        why_not = "nearly: '" + word + "' makes the money an attribute, and no payer is named";
        return true;
      }
  return false;
}

// 发放国家助学金137.6万元、“雨露计划”资助金177.7万元: a target after the first amount that
// is followed by its own amount takes that one.
std::optional<Amount> own_amount(const Frame& f, const std::vector<Amount>& amounts) {
  if (!f.amount || !f.target || f.target->first < f.amount->end) return f.amount;
  for (const auto& a : amounts)
    if (a.begin >= f.target->second && a.begin - f.target->second <= kOwnAmountGap) return a;
  return f.amount;
}

RelationMention frame_base(const Frame& f, const SentenceContext& c) {
  RelationMention base;
  base.relation = f.rule.relation;
  base.rule = f.rule.id;
  base.sentence = c.text.index;
  base.evidence = c.text.span(0, c.text.size());
  base.anchor = c.text.slice(f.cue_begin, f.cue_end);
  base.roles_from = f.roles_from;
  // Only money makes the year part of the fact; other relations do not split by year.
  if (f.rule.needs_amount) {
    base.year = year_before(c.years, f.cue_begin);
    if (!base.year) base.year = c.carried_year;
  }
  if (f.amount) {
    base.amount_yuan = f.amount->yuan;
    base.approximate = f.amount->approximate;
  }
  return base;
}

// One edge per pair of members, or per source and target.
void emit(const Frame& f, const SentenceContext& c, std::vector<RelationMention>& out) {
  const RelationMention base = frame_base(f, c);
  const auto add = [&](const EntityRef& source, const EntityRef& target) {
    RelationMention r = base;
    r.source = source;
    r.target = target;
    if (r.source != r.target) out.push_back(r);
  };
  if (const auto members = f.roles.find("members"); members != f.roles.end()) {
    for (std::size_t i = 0; i < members->second.size(); ++i)
      for (std::size_t j = i + 1; j < members->second.size(); ++j) add(members->second[i], members->second[j]);
    return;
  }
  const auto sources = f.roles.find("source");
  const auto targets = f.roles.find("target");
  if (sources == f.roles.end() || targets == f.roles.end()) return;
  for (const auto& source : sources->second)
    for (const auto& target : targets->second) add(source, target);
}

// A title in book-title marks names a document, which lies nowhere: 《东坝县救助办法》.
bool is_document(const Mention& m, const SentenceText& s) {
  return m.type == rules::kProgram && m.begin > 0 && s.cps[m.begin - 1] == U'《';
}

// Two rules may read one fact in one sentence (a headline's program, and the verb before it):
// a sentence states it once.
std::vector<RelationMention> one_per_fact(std::vector<RelationMention> found) {
  std::vector<RelationMention> out;
  for (auto& r : found) {
    const bool seen = std::any_of(out.begin(), out.end(), [&](const RelationMention& o) {
      return o.source == r.source && o.relation == r.relation && o.target == r.target && o.amount_yuan == r.amount_yuan;
    });
    if (!seen) out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

RelationFinder::RelationFinder(const rules::RuleSet& rules) : rules_(rules) {
  for (std::size_t i = 0; i < rules.relations.size(); ++i)
    for (const auto& cue : rules.relations[i].cues) cues_.add(cue, static_cast<int>(i));
}

bool RelationFinder::apply_rule(const rules::RelationRule& rule, std::size_t cue_begin, std::size_t cue_end,
                                const SentenceContext& c, std::set<const Mention*>& objects,
                                std::vector<RelationMention>& out, std::string& why_not) const {
  Frame f{rule, cue_begin, cue_end};
  f.amount = money_of(rule, cue_begin, cue_end, c.amounts);
  if (rule.needs_amount && !f.amount) {
    why_not = "no amount within " + std::to_string(rule.amount_gap) + " characters";
    return false;
  }
  if (!fill_roles(f, c, objects, why_not) || cancelled(f, c, why_not)) return false;
  f.amount = own_amount(f, c.amounts);
  const std::size_t before = out.size();
  emit(f, c, out);
  if (out.size() == before) {
    why_not = "nearly: members name one entity";
    return false;
  }
  objects.insert(f.new_objects.begin(), f.new_objects.end());
  return true;
}

void RelationFinder::apply_structures(const SentenceContext& c, std::vector<RelationMention>& out) const {
  for (const auto& rule : rules_.structures) {
    RelationMention base;
    base.relation = rule.relation;
    base.rule = rule.id;
    base.sentence = c.text.index;
    base.evidence = c.text.span(0, c.text.size());
    for (std::size_t i = 0; i < c.mentions.size(); ++i) {
      const Mention& outer = c.mentions[i];
      if (rule.kind == "place-chain" && outer.type == rules::kPlace) {
        for (const auto& next : c.mentions)
          if (next.type == rules::kPlace && next.begin == outer.end && lies_in(next, outer)) {
            RelationMention r = base;
            r.source = ref(next);
            r.target = ref(outer);
            out.push_back(r);
          }
      } else if (rule.kind == "name-parent" && outer.type == rules::kOrganisation) {
        // Only the nearest parent: 住院部康复科 is part of 住院部, which is part of the hospital.
        const Mention* parent = nullptr;
        for (const auto& inner : c.mentions)
          if (&inner != &outer && inner.type == rules::kOrganisation && inner.begin == outer.begin &&
              inner.end < outer.end && (parent == nullptr || inner.end > parent->end))
            parent = &inner;
        if (parent != nullptr) {
          RelationMention r = base;
          r.source = ref(outer);
          r.target = ref(*parent);
          out.push_back(r);
        }
      } else if (rule.kind == "issuer-title" && outer.type == rules::kOrganisation && !outer.nested) {
        // 住建部《黑臭水体治理指南》: a body written right before a document's title issued it.
        for (const auto& next : c.mentions)
          if (next.type == rules::kProgram && outer.end < c.text.size() && c.text.cps[outer.end] == U'《' &&
              (next.begin == outer.end || next.begin == outer.end + 1)) {
            RelationMention r = base;
            r.source = ref(outer);
            r.target = ref(next);
            out.push_back(r);
          }
      } else if (rule.kind == "headline-program" && c.headline && outer.type == rules::kProgram && !outer.nested &&
                 !is_document(outer, c.text)) {
        // 东坝县：“河长制”守护一江清水: a headline's actor runs the program it names.
        if (const auto actor = c.actors.find(rules::ActorOrigin::headline)) {
          RelationMention r = base;
          r.source = *actor;
          r.target = ref(outer);
          out.push_back(r);
        }
      } else if (rule.kind == "name-prefix" && outer.type != rules::kPlace && !is_document(outer, c.text)) {
        const std::string seat = seat_of(outer.label, c.place_labels);
        if (!seat.empty()) {
          RelationMention r = base;
          r.source = ref(outer);
          r.target = {rules::kPlace, seat};
          out.push_back(r);
        }
      }
    }
  }
}

std::vector<RelationMention> RelationFinder::find(const SentenceContext& c, std::vector<RuleTrace>* trace) const {
  std::vector<RelationMention> out;
  apply_structures(c, out);
  const auto names = top_level(c.mentions);
  std::set<const Mention*> objects;
  const auto inside_name = [&](std::size_t pos) {
    return std::any_of(names.begin(), names.end(), [&](const Mention* m) { return m->begin <= pos && pos < m->end; });
  };
  for (std::size_t i = 0; i < c.text.size();) {
    const auto match = inside_name(i) ? WordMatcher::Match{} : cues_.longest_at(c.text.cps, i);
    if (match.length == 0) {
      ++i;
      continue;
    }
    std::vector<int> candidates = *match.payloads;
    std::sort(candidates.begin(), candidates.end());  // rules are stored by priority
    for (int index : candidates) {
      const auto& rule = rules_.relations[static_cast<std::size_t>(index)];
      std::string why_not;
      const bool fired = apply_rule(rule, i, i + match.length, c, objects, out, why_not);
      // A rule none of whose slots filled is no near miss: it would drown the trace in 的 and 为.
      if (trace && (fired || why_not.rfind("nearly: ", 0) == 0))
        trace->push_back({rule.id, c.text.slice(i, i + match.length), fired ? "fired" : why_not.substr(8)});
      if (fired && rule.exclusive) break;
    }
    i += match.length;
  }
  return one_per_fact(std::move(out));
}

}  // namespace kg::extract
