#include "kg/extract/relations/frames.h"

#include <algorithm>
#include <map>
#include <set>

#include "kg/extract/mentions/mentions.h"
#include "kg/extract/relations/clauses.h"
#include "kg/extract/relations/frame_checks.h"
#include "kg/extract/relations/money_purpose.h"
#include "kg/extract/relations/slots.h"
#include "kg/extract/relations/structures.h"

namespace kg::extract {

namespace {

constexpr std::size_t kOwnAmountGap = 4;  // 资助金177.7万元: a fund's own amount follows it this closely
constexpr std::size_t kListedGap = 16;    // 、整合涉农资金: the words between two listed amounts
constexpr std::size_t kElidedMoneyGap = 5;  // ”专项资金: what may stand between a program and its money

std::optional<int> year_before(const std::vector<YearMention>& years, std::size_t position) {
  std::optional<int> found;
  for (const auto& y : years)
    if (y.begin < position) found = y.year;
  return found;
}

bool ends_with_any(const std::string& label, const std::vector<std::string>& heads) {
  return std::any_of(heads.begin(), heads.end(), [&](const std::string& h) { return label.ends_with(h); });
}

const char* origin_name(rules::ActorOrigin origin) {
  switch (origin) {
    case rules::ActorOrigin::sentence: return "sentence subject";
    case rules::ActorOrigin::paragraph: return "paragraph actor";
    case rules::ActorOrigin::headline: return "headline actor";
    case rules::ActorOrigin::previous: return "sentence before";
    case rules::ActorOrigin::topic: return "paragraph topic";
    case rules::ActorOrigin::parent:
      return "the target's parent";
  }
  return "";
}

// 东坝县人民医院“急救培训中心”成立: the body whose name opens the target's, when the slot takes
// it (from="parent"); the longest of them. Read by label, unlike part_of's name-parent, which
// needs the parent written inside the unit: a parent the sentence names apart (兰大医院 …，兰大
// 医院夏河分院挂牌) counts here.
std::optional<EntityRef> target_parent(const rules::Slot& slot, const Frame& f, const SentenceContext& c) {
  if (std::find(slot.from.begin(), slot.from.end(), rules::ActorOrigin::parent) == slot.from.end()) return std::nullopt;
  const auto target = f.roles.find(rules::Role::target);
  if (target == f.roles.end() || target->second.empty()) return std::nullopt;
  const std::string& unit = target->second.front().label;
  const Mention* parent = nullptr;
  for (const auto& m : c.mentions)
    if (m.type == rules::kOrganisation && m.label.size() < unit.size() && unit.starts_with(m.label) &&
        (!parent || m.label.size() > parent->label.size()))
      parent = &m;
  return parent ? std::optional{ref(*parent)} : std::nullopt;
}

// The first actor the slot may take from elsewhere, in the order it lists the origins.
// An actor that already fills another role (雪峰湿地公园建成以来: the park is the sentence's
// subject) is passed over for the next origin.
std::optional<std::pair<EntityRef, rules::ActorOrigin>> actor_for(
    const rules::Slot& slot, const Actors& actors, const std::map<rules::Role, std::vector<EntityRef>>& roles) {
  const auto taken = [&](const EntityRef& actor) {
    return std::any_of(roles.begin(), roles.end(), [&](const auto& role) {
      return std::find(role.second.begin(), role.second.end(), actor) != role.second.end();
    });
  };
  // A slot that passes over the paragraph's actor passes over the headline's too where the
  // paragraph has one: the paragraph is then about someone else, not the headline's body.
  const auto lists = [&](rules::ActorOrigin origin) {
    return std::find(slot.from.begin(), slot.from.end(), origin) != slot.from.end();
  };
  const bool past_paragraph = !lists(rules::ActorOrigin::paragraph) && actors.find(rules::ActorOrigin::paragraph);
  for (const auto origin : slot.from) {
    if (origin == rules::ActorOrigin::headline && past_paragraph) continue;
    if (origin == rules::ActorOrigin::topic && !slot.levels.empty() &&
        std::find(slot.levels.begin(), slot.levels.end(), actors.topic_level()) == slot.levels.end())
      continue;
    const auto actor = actors.find(origin);
    if (actor && actor->type.empty()) return std::nullopt;  // an actor that names no body holds the role
    if (actor && std::find(slot.types.begin(), slot.types.end(), actor->type) != slot.types.end() && !taken(*actor))
      return std::pair{*actor, origin};
  }
  return std::nullopt;
}

// Does one of the rule's cues open a later clause in [from, to) (加大投入，计划投资…)? A cue
// inside the cue's own clause is a word of its money (援助资金, 补助资金).
bool later_cue(const rules::RelationRule& rule, const SentenceText& s, std::size_t from, std::size_t to) {
  bool later = false;
  for (std::size_t at = from; at < to; ++at) {
    later = later || ends_clause(s.cps[at]);
    if (later && any_word_starts_at(rule.cues, s, at)) return true;
  }
  return false;
}

// The money a rule that needs it pays: the first amount within its gap after the cue (further,
// up to noun_gap, when a money noun such as 资金 names it), or the last before it.
std::optional<Amount> money_of(const rules::RelationRule& rule, std::size_t cue_begin, std::size_t cue_end,
                               const SentenceContext& c) {
  if (!rule.needs_amount) return std::nullopt;
  if (rule.amount_before) {
    for (auto a = c.amounts.rbegin(); a != c.amounts.rend(); ++a)
      if (a->end <= cue_begin && cue_begin - a->end <= rule.amount_gap) return *a;
    return std::nullopt;
  }
  for (const auto& a : c.amounts) {
    if (a.begin < cue_end || crosses_clause(c.text, cue_end, a.begin)) continue;
    // 加大投入，计划投资3000万元: money a later cue of the rule stands before is that cue's.
    if (later_cue(rule, c.text, cue_end, a.begin)) return std::nullopt;
    const std::size_t gap = a.begin - cue_end;
    if (gap <= rule.amount_gap || (gap <= rule.noun_gap && any_word_ends_at(rule.money_nouns, c.text, a.begin)))
      return a;
  }
  return std::nullopt;
}

// The stop words of the rule's source slot: payers that are no node (国家, 中央).
const std::vector<std::string>& source_stops(const rules::RelationRule& rule) {
  static const std::vector<std::string> kNone;
  for (const auto& slot : rule.slots)
    if (slot.role == rules::Role::source) return slot.stop;
  return kNone;
}

// 落实A资金2941万元、整合涉农资金3000万元、藏区专项资金3156万元，推进B: money listed after the
// frame's own, before what it pays for, is each a fact of its own.
std::vector<Amount> listed_after(const Amount& first, std::size_t before, const SentenceContext& c,
                                 const std::vector<std::string>& other_payers) {
  std::vector<Amount> out;
  std::size_t end = first.end;
  for (const auto& a : c.amounts) {
    if (a.begin < end) continue;
    if (a.end > before || a.begin - end > kListedGap) break;
    const std::string between = c.text.slice(end, a.begin);
    if (between.find("、") == std::string::npos || crosses_clause(c.text, end, a.begin, true)) break;
    // 、中央预算资金500万元: money another payer gives ends the list.
    if (std::any_of(other_payers.begin(), other_payers.end(),
                    [&](const std::string& payer) { return between.find(payer) != std::string::npos; }))
      break;
    out.push_back(a);
    end = a.end;
  }
  return out;
}

// 那曲收到浙江捐赠的…: a word of receiving between the name and the cue.
bool receives(const rules::Slot& slot, const SentenceText& s, const Mention& name, std::size_t cue_begin) {
  if (slot.received_by.empty() || name.end >= cue_begin) return false;
  const std::string between = s.slice(name.end, cue_begin);
  return std::any_of(slot.received_by.begin(), slot.received_by.end(),
                     [&](const std::string& word) { return between.find(word) != std::string::npos; });
}

void note_role(Frame& f, rules::Role role, const std::string& origin) {
  f.roles_from += (f.roles_from.empty() ? "" : "; ") + std::string(rules::role_name(role)) + ": " + origin;
}

// A program the sentence before ran is this frame's target only when it is works (ends in one
// of the slot's `previous` heads) and the frame's payer ran it, and when up to the money this
// sentence names no program (which a rule reading backwards would take) and no other body or
// place (在亚东，共投资…; 安排西藏3.49亿元: money for somewhere else), nor after it a counted
// group of projects the money is the total of.
bool carries_over(const std::pair<EntityRef, rules::ActorOrigin>& actor, const rules::Slot& slot, const Frame& f,
                  const SentenceContext& c) {
  if (actor.second != rules::ActorOrigin::previous) return true;
  const auto source = f.roles.find(rules::Role::source);
  const auto& run = c.actors.previous_run();
  if (!ends_with_any(actor.first.label, slot.previous_heads) || !run || source == f.roles.end() ||
      std::find(source->second.begin(), source->second.end(), run->runner) == source->second.end())
    return false;
  const std::size_t money_end = f.money.empty() ? f.cue_end : f.money.back().end;
  if (counts_another_group(c.text, money_end, c.text.size())) return false;  // …实施援藏项目27个
  return std::none_of(c.mentions.begin(), c.mentions.end(), [&](const Mention& m) {
    return m.begin < money_end && (m.type == rules::kProgram || ref(m) != run->runner);
  });
}

// 该县农村饮水安全工程已全面完成，投资3156万元实施了A、B等7项农饮工程: money that is a counted
// group's total funds the works the sentence named before its cue, which the group makes up,
// when the sentence names one program there and it is works (one of the slot's `previous` heads).
const Mention* group_topic(const rules::Slot& slot, const Frame& f, const SentenceContext& c,
                           const std::vector<const Mention*>& names) {
  if (slot.side != rules::Side::right || !slot.group_total || slot.previous_heads.empty()) return nullptr;
  rules::Slot listing = slot;
  listing.group_total = false;
  const auto group = fill_right(listing, f.right, c.text, names, f.money);
  if (!group || !closes_counted_group(c.text, group->anchor)) return nullptr;
  const Mention* topic = nullptr;
  for (const Mention* m : names) {
    if (m->end > f.cue_begin || m->type != rules::kProgram) continue;
    if (topic) return nullptr;  // two programs: no telling which the group makes up
    topic = m;
  }
  return topic && ends_with_any(topic->label, slot.previous_heads) ? topic : nullptr;
}

bool fill_roles(Frame& f, const SentenceContext& c, const std::set<const Mention*>& objects,
                const std::vector<std::string>& program_words, const std::vector<std::string>& for_whom,
                std::string& why_not) {
  const auto names = top_level(c.mentions);
  f.left = f.cue_begin;
  f.right = f.cue_end;
  for (const auto& slot : f.rule.slots) {
    const auto filled = slot.from_only                   ? std::nullopt
                        : slot.side == rules::Side::left ? fill_left(slot, f.left, c.text, names, objects, for_whom)
                                                         : fill_right(slot, f.right, c.text, names, f.money);
    if (filled && filled->members.empty()) {
      why_not = "nearly: the " + std::string(rules::role_name(slot.role)) + " is an actor that is no node";
      return false;
    }
    if (filled && receives(slot, c.text, *filled->members.front(), f.cue_begin)) {
      why_not = "nearly: the " + std::string(rules::role_name(slot.role)) + " receives what the cue gives";
      return false;
    }
    if (filled && follows_required_word(slot, c.text, *filled)) {
      for (const Mention* m : filled->members) f.roles[slot.role].push_back(ref(*m));
      note_role(f, slot.role, "clause");
      if (slot.role == rules::Role::source && crosses_clause(c.text, filled->members.back()->end, f.cue_begin, true))
        f.source_in_clause = false;
      // Partners of a symmetric relation (A与B、C联合开展) act together: no verb's objects; nor is a
      // body set up (建立…团队，对PPP项目开展监管), which acts in the clauses after, unless the
      // founder's deeds go on (成立了…，制定了…).
      const bool target_acts = f.rule.cues_target_acts.count(c.text.slice(f.cue_begin, f.cue_end)) &&
                               !deeds_go_on(c.text, filled->members.back()->end);
      if (slot.side == rules::Side::right && slot.role == rules::Role::target &&
          !rules::is_symmetric(f.rule.relation) && !target_acts) {
        f.new_objects.insert(f.new_objects.end(), filled->members.begin(), filled->members.end());
        if (!f.target) f.target = std::pair{filled->members.front()->begin, filled->members.front()->end};
      }
      (slot.side == rules::Side::left ? f.left : f.right) = filled->anchor;
    } else if (const Mention* topic = filled ? nullptr : group_topic(slot, f, c, names)) {
      f.roles[slot.role].push_back(ref(*topic));
      note_role(f, slot.role, "the works the sentence opened with");
    } else if (const auto echoed =
                   filled ? std::nullopt : echoed_program(slot, f.cue_begin, f.cue_end, c, program_words)) {
      f.roles[slot.role].push_back(*echoed);
      note_role(f, slot.role, "the program the money is named for");
    } else if (const auto parent = filled ? std::nullopt : target_parent(slot, f, c)) {
      f.roles[slot.role].push_back(*parent);
      note_role(f, slot.role, origin_name(rules::ActorOrigin::parent));
    } else if (slot.side == rules::Side::left && person_acts(c, f.cue_begin)) {
      why_not = "nearly: a person acts in the clause, and no body";
      return false;
    } else if (slot.side == rules::Side::left && unlisted_name_acts(c, f.cue_begin)) {
      why_not = "nearly: a name that is no node acts in the clause";
      return false;
    } else if (const auto actor = actor_for(slot, c.actors, f.roles); actor && carries_over(*actor, slot, f, c)) {
      f.roles[slot.role].push_back(actor->first);
      note_role(f, slot.role, origin_name(actor->second));
      if (slot.role == rules::Role::source) f.source_in_clause = false;
    } else {
      why_not = std::string(f.roles.empty() ? "" : "nearly: ") + "no " + std::string(rules::role_name(slot.role)) +
                " within " + std::to_string(slot.max_gap) + " characters";
      return false;
    }
  }
  return true;
}

// 发放国家助学金137.6万元、“雨露计划”资助金177.7万元: a target after the first amount that
// is followed by its own amount takes that one.
std::optional<Amount> own_amount(const Frame& f, const std::vector<Amount>& amounts) {
  if (!f.amount || !f.target || f.target->first < f.amount->end) return f.amount;
  for (const auto& a : amounts)
    if (a.begin >= f.target->second && a.begin - f.target->second <= kOwnAmountGap) return a;
  return f.amount;
}

bool is_clause_end(char32_t c) { return c == U'，' || c == U'；' || c == U'。'; }

// A clause of its own that is only a program and its money, the verb left out:
// 累计发放国家助学金137.6万元，“雨露计划”资助金177.7万元. The program opens the clause (after
// marks), a money noun at most stands between it and the amount, and the clause ends there.
std::optional<std::pair<Amount, const Mention*>> elided_clause(const SentenceContext& c, const Amount& a,
                                                               std::size_t after) {
  std::size_t start = a.begin;
  while (start > after && !is_clause_end(c.text.cps[start - 1])) --start;
  if (start == after || (a.end < c.text.size() && !is_clause_end(c.text.cps[a.end]))) return std::nullopt;
  for (const Mention* m : top_level(c.mentions)) {
    if (m->type != rules::kProgram || m->begin < start || m->end > a.begin) continue;
    const bool opens = std::all_of(c.text.cps.begin() + static_cast<std::ptrdiff_t>(start),
                                   c.text.cps.begin() + static_cast<std::ptrdiff_t>(m->begin), is_mark);
    if (opens && a.begin - m->end <= kElidedMoneyGap && !crosses_clause(c.text, m->end, a.begin, true))
      return std::pair{a, m};
    return std::nullopt;
  }
  return std::nullopt;
}

// The program-and-money clauses that follow a frame's last money, each paid by its payer.
std::vector<std::pair<Amount, const Mention*>> elided_after(const Frame& f, const SentenceContext& c) {
  std::vector<std::pair<Amount, const Mention*>> out;
  if (f.money.empty() || !f.target) return out;
  std::size_t after = std::max(f.money.back().end, f.target->second);
  for (const auto& a : c.amounts) {
    if (a.begin < after) continue;
    const auto clause = elided_clause(c, a, after);
    if (!clause) break;
    out.push_back(*clause);
    after = a.end;
  }
  return out;
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
    if (base.year == 0) base.year.reset();  // 今年 in a text whose own year is not known
  }
  if (f.amount) {
    base.amount_yuan = f.amount->yuan;
    base.approximate = f.amount->approximate;
  }
  return base;
}

// Does the source's name open with the target place, in any form the document gives it
// (拉萨市委 and 拉萨市, 拉萨经开区 and 拉萨)?
bool in_own_place(const EntityRef& source, const EntityRef& target, const std::map<std::string, std::string>& forms) {
  if (target.type != rules::kPlace) return false;
  if (source.label.starts_with(target.label)) return true;
  return std::any_of(forms.begin(), forms.end(), [&](const auto& form) {
    return form.second == target.label && source.label.starts_with(form.first);
  });
}

// One edge per pair of members, or per source and target.
void emit(const Frame& f, const SentenceContext& c, std::vector<RelationMention>& out) {
  const RelationMention base = frame_base(f, c);
  const auto add = [&](const EntityRef& source, const EntityRef& target) {
    RelationMention r = base;
    r.source = source;
    r.target = target;
    // Nor does a place help its own bodies (山南市 helps no 山南市藏医院: someone else does).
    if (r.source == r.target || (!f.rule.own_place && (in_own_place(source, target, c.place_forms) ||
                                                       in_own_place(target, source, c.place_forms))))
      return;
    out.push_back(r);
  };
  if (const auto members = f.roles.find(rules::Role::members); members != f.roles.end()) {
    for (std::size_t i = 0; i < members->second.size(); ++i)
      for (std::size_t j = i + 1; j < members->second.size(); ++j) add(members->second[i], members->second[j]);
    return;
  }
  const auto sources = f.roles.find(rules::Role::source);
  const auto targets = f.roles.find(rules::Role::target);
  if (sources == f.roles.end() || targets == f.roles.end()) return;
  for (const auto& source : sources->second)
    for (const auto& target : targets->second) add(source, target);
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

// Did a frame find its source beyond the cue's clause (the sentence's subject, the paragraph's or
// the headline's actor)?
bool source_from_context(const RelationMention& r) {
  return r.roles_from.find("source: ") != std::string::npos && r.roles_from.find("source: clause") == std::string::npos;
}

// 省水利厅正在制定《山西省…实施方案》: a structure marked fallback gives way where a relation
// rule of the sentence names the source in its clause for the same relation to the same target;
// where the rule took its source from the context (一是下发了《湖南省民宗委关于…的通知》), the
// name that carries its owner wins.
void drop_fallbacks(const std::set<std::string>& fallbacks, std::vector<RelationMention>& found) {
  if (fallbacks.empty()) return;
  std::set<std::pair<std::string, EntityRef>> framed;  // (relation, target) a rule named in its clause
  std::set<std::pair<std::string, EntityRef>> fallen;  // (relation, target) a fallback gave
  for (const auto& r : found) {
    if (fallbacks.count(r.rule))
      fallen.insert({r.relation, r.target});
    else if (!source_from_context(r))
      framed.insert({r.relation, r.target});
  }
  std::erase_if(found, [&](const RelationMention& r) {
    const std::pair<std::string, EntityRef> key{r.relation, r.target};
    return fallbacks.count(r.rule) ? framed.count(key) > 0 : source_from_context(r) && fallen.count(key) > 0;
  });
}

// Is the cue at [begin, end) the end of another word here (确定为, 列为), or the start of a
// construction the rule does not read (承办的)?
bool is_other_word(const rules::RelationRule& rule, const SentenceText& s, std::size_t begin, std::size_t end) {
  const std::string cue = s.slice(begin, end);
  if (const auto it = rule.cue_not_after.find(cue);
      it != rule.cue_not_after.end() && any_word_ends_at(it->second, s, begin))
    return true;
  if (rule.cues_ending_clause.count(cue) && end < s.size() && !ends_clause(s.cps[end]) && s.cps[end] != U'。')
    return true;
  const auto it = rule.cue_not_before.find(cue);
  return it != rule.cue_not_before.end() && any_word_starts_at(it->second, s, end);
}

// Does a noun run on past the cue that ends at `end` (助资 in 救助资金, 建成 in 建成区, 治理 in
// 治理工作)? Then the cue is part of a thing's name, not an act. A verb or set phrase that runs on
// still holds the act (建立 in 建立健全), and a cue may start inside a word (开展 in 积极开展,
// 指导下 after 具体指导): the dictionary joins adverbs and verbs into set phrases readily.
bool noun_runs_on_past(std::span<const words::Word> words, std::size_t end) {
  const auto after = std::upper_bound(words.begin(), words.end(), end,
                                      [](std::size_t cp, const words::Word& w) { return cp < w.end; });
  if (after == words.end() || after->begin >= end) return false;
  const words::Tag tag = after->tag;
  return tag == words::Tag::noun || tag == words::Tag::place_name || tag == words::Tag::org_name ||
         tag == words::Tag::proper_noun;
}

}  // namespace

RelationFinder::RelationFinder(const rules::RuleSet& rules) : rules_(rules) {
  for (std::size_t i = 0; i < rules.relations.size(); ++i)
    for (const auto& cue : rules.relations[i].cues) cues_.add(cue, static_cast<int>(i));
  for (const auto& s : rules.structures)
    if (s.fallback) fallbacks_.insert(s.id);
  for (const auto& list : rules.word_lists) {
    if (list.kind == "negation") negations_.insert(negations_.end(), list.words.begin(), list.words.end());
    if (list.kind == "variant") program_words_.insert(program_words_.end(), list.words.begin(), list.words.end());
    if (list.kind == "for-whom") for_whom_.insert(for_whom_.end(), list.words.begin(), list.words.end());
  }
}

bool RelationFinder::apply_rule(const rules::RelationRule& rule, std::size_t cue_begin, std::size_t cue_end,
                                const SentenceContext& c, std::set<const Mention*>& objects,
                                std::vector<RelationMention>& out, std::string& why_not) const {
  Frame f{rule, cue_begin, cue_end};
  f.amount = money_of(rule, cue_begin, cue_end, c);
  if (rule.needs_amount && !f.amount) {
    why_not = "no amount within " + std::to_string(rule.amount_gap) + " characters";
    return false;
  }
  if (f.amount) {
    f.money = listed_after(*f.amount, c.text.size(), c, source_stops(rule));
    f.money.insert(f.money.begin(), *f.amount);
  }
  if (!fill_roles(f, c, objects, program_words_, for_whom_, why_not) || cancelled(f, c, why_not)) return false;
  f.amount = own_amount(f, c.amounts);
  const std::size_t before = out.size();
  emit(f, c, out);
  // Each listed amount before what it pays for is a fact of its own.
  if (f.amount && f.target && f.target->first >= f.amount->end)
    for (std::size_t k = 1; k < f.money.size() && f.money[k].end <= f.target->first; ++k) {
      Frame listed = f;
      listed.amount = f.money[k];
      emit(listed, c, out);
    }
  for (const auto& [amount, program] : elided_after(f, c)) {
    Frame more = f;
    more.amount = amount;
    more.roles[rules::Role::target] = {ref(*program)};
    emit(more, c, out);
  }
  if (out.size() == before) {
    why_not = "nearly: members name one entity";
    return false;
  }
  objects.insert(f.new_objects.begin(), f.new_objects.end());
  return true;
}

namespace {

// 全县首批名校长培养工程, 全区危险废物管理培训班: a place's whole (全县) before a noun says whose or
// where the noun is; it is no actor of the clause (全县共投入… is: an adverb follows).
std::set<const Mention*> collective_modifiers(const SentenceContext& c, const std::vector<const Mention*>& names) {
  std::set<const Mention*> out;
  for (const Mention* m : names) {
    if (m->type != rules::kPlace || !m->rule.starts_with("scope.") || !m->surface.starts_with("全")) continue;
    const auto next =
        std::find_if(c.words.begin(), c.words.end(), [&](const words::Word& w) { return w.begin == m->end; });
    if (next == c.words.end()) continue;
    const words::Tag tag = next->tag;
    if (tag == words::Tag::noun || tag == words::Tag::numeral || tag == words::Tag::distinguishing ||
        tag == words::Tag::org_name || tag == words::Tag::proper_noun)
      out.insert(m);
  }
  return out;
}

}  // namespace

std::vector<RelationMention> RelationFinder::find(const SentenceContext& c, std::vector<RuleTrace>* trace) const {
  std::vector<RelationMention> out;
  find_structures(rules_.structures, c, out);
  const auto names = top_level(c.mentions);
  std::set<const Mention*> objects = collective_modifiers(c, names);
  const auto inside_name = [&](std::size_t pos) {
    return std::any_of(names.begin(), names.end(), [&](const Mention* m) { return m->begin <= pos && pos < m->end; });
  };
  for (std::size_t i = 0; i < c.text.size();) {
    const auto match = inside_name(i) ? WordMatcher::Match{} : cues_.longest_at(c.text.cps, i);
    if (match.length == 0 || noun_runs_on_past(c.words, i + match.length)) {
      ++i;
      continue;
    }
    // 未完成, 没有开展: a denied act is no fact.
    if (any_word_ends_at(negations_, c.text, i)) {
      i += match.length;
      continue;
    }
    std::vector<int> candidates = *match.payloads;
    std::sort(candidates.begin(), candidates.end());  // rules are stored by priority
    for (int index : candidates) {
      const auto& rule = rules_.relations[static_cast<std::size_t>(index)];
      if (is_other_word(rule, c.text, i, i + match.length)) continue;
      std::string why_not;
      const bool fired = apply_rule(rule, i, i + match.length, c, objects, out, why_not);
      // A rule none of whose slots filled is no near miss: it would drown the trace in 的 and 为.
      if (trace && (fired || why_not.rfind("nearly: ", 0) == 0))
        trace->push_back({rule.id, c.text.slice(i, i + match.length), fired ? "fired" : why_not.substr(8)});
      if (fired && rule.exclusive) break;
    }
    i += match.length;
  }
  drop_fallbacks(fallbacks_, out);
  return one_per_fact(std::move(out));
}

}  // namespace kg::extract
