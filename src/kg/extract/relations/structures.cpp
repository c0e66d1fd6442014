#include "kg/extract/relations/structures.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

#include "kg/extract/mentions/mentions.h"
#include "kg/extract/places/place_forms.h"
#include "kg/extract/places/place_levels.h"
#include "kg/extract/relations/slots.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

// The places that open a name, in a chain (西坝镇 + 团结村 in 西坝镇团结村驻村工作队): the last is
// the seat. Places are those the document names, so 县政府 resolved to 东坝县政府 finds 东坝县,
// and for a body or a site a city's bare name stands for it (拉萨经开区 lies in 拉萨市).
std::string seat_of(const std::string& label, const std::map<std::string, std::string>& places, bool bare) {
  std::string seat;
  std::size_t at = 0;
  while (at < label.size()) {
    std::size_t best = 0;
    for (std::size_t end = at + 1; end < label.size(); ++end)
      if ((static_cast<unsigned char>(label[end]) & 0xC0) != 0x80) {
        const auto it = places.find(label.substr(at, end - at));
        const bool full = it != places.end() && it->first == it->second;
        if (it != places.end() && (full || (bare && (at == 0 || !is_local_place(it->second))))) best = end - at;
      }
    if (best == 0) break;
    seat = places.at(label.substr(at, best));
    at += best;
  }
  return seat;
}

constexpr std::u32string_view kDigits = U"0123456789０１２３４５６７８９";
constexpr std::u32string_view kNumerals = U"一二三四五六七八九十百两0123456789０１２３４５６７８９";

// Where a run of `chars` starting at `at` ends.
std::size_t run_of(const std::u32string& name, std::size_t at, std::u32string_view chars) {
  while (at < name.size() && chars.find(name[at]) != std::u32string_view::npos) ++at;
  return at;
}

// Past 2018年, 第八届 or 首届, 十大 at `at`, or `at` itself.
std::size_t past_edition_word(const std::u32string& name, std::size_t at) {
  const std::size_t year = run_of(name, at, kDigits);
  if (year - at == 4 && year < name.size() && name[year] == U'年') return year + 1;
  if (at + 1 < name.size() && (name[at] == U'第' || name[at] == U'首')) {
    const std::size_t n = run_of(name, at + 1, kNumerals);
    if (n < name.size() && (name[n] == U'届' || name[n] == U'期') && (n > at + 1 || name[at] == U'首')) return n + 1;
  }
  const std::size_t count = run_of(name, at, kNumerals);
  return count > at && count < name.size() && name[count] == U'大' ? count + 1 : at;
}

// 2018年第八届林芝松茸文化节, 十大鲁朗餐厅评选活动, 首届…: the year, edition or count an event's
// name opens with; its place follows. Returns where the rest of the name starts (bytes).
std::size_t after_edition(const std::string& label) {
  const std::u32string name = text::to_u32(label);
  std::size_t at = 0;
  for (std::size_t next = past_edition_word(name, at); next != at; next = past_edition_word(name, at)) at = next;
  return text::to_utf8(std::u32string_view(name).substr(0, at)).size();
}

// 农行西藏分行, 雪峰公司东坝分公司: a branch lies in the place written right before its head.
std::string branch_seat(const std::string& label, const std::map<std::string, std::string>& places) {
  static const std::vector<std::string> kBranches = {"分公司", "分行", "支行", "分局", "分院", "分校", "分中心"};
  for (const auto& head : kBranches) {
    if (label.size() <= head.size() || label.compare(label.size() - head.size(), head.size(), head) != 0) continue;
    const std::string before = label.substr(0, label.size() - head.size());
    std::string seat;
    std::size_t longest = 0;
    for (const auto& [form, name] : places)
      if (form.size() > longest && form.size() < before.size() &&
          before.compare(before.size() - form.size(), form.size(), form) == 0)
        longest = form.size(), seat = name;
    return seat;
  }
  return "";
}

// A title in book-title marks names a document, which lies nowhere: 《东坝县救助办法》.
bool is_document(const Mention& m, const SentenceText& s) {
  return m.type == rules::kProgram && m.begin > 0 && s.cps[m.begin - 1] == U'《';
}

// An edge of a structure rule, stated by the whole sentence.
struct Edges {
  const rules::StructureRule& rule;
  const SentenceContext& c;
  std::vector<RelationMention>& out;

  void add(EntityRef source, EntityRef target) const {
    RelationMention r;
    r.relation = rule.relation;
    r.rule = rule.id;
    r.sentence = c.text.index;
    r.evidence = c.text.span(0, c.text.size());
    r.source = std::move(source);
    r.target = std::move(target);
    out.push_back(std::move(r));
  }
};

// 雪川市东坝县: a place right before a lower one it contains.
void place_chain(const Mention& outer, const Edges& e) {
  if (outer.type != rules::kPlace) return;
  for (const auto& next : e.c.mentions)
    if (next.type == rules::kPlace && next.begin == outer.end && lies_in(next, outer)) e.add(ref(next), ref(outer));
}

// Only the nearest parent: 住院部康复科 is part of 住院部, which is part of the hospital.
void name_parent(const Mention& outer, const Edges& e) {
  if (outer.type != rules::kOrganisation) return;
  const Mention* parent = nullptr;
  for (const auto& inner : e.c.mentions)
    if (&inner != &outer && inner.type == rules::kOrganisation && inner.begin == outer.begin && inner.end < outer.end &&
        (parent == nullptr || inner.end > parent->end))
      parent = &inner;
  if (parent != nullptr) e.add(ref(outer), ref(*parent));
}

// 住建部《黑臭水体治理指南》: a body written right before a document's title issued it. A title
// that a program word follows (《雪域之春》大型公益晚会) names a show, which nobody issues.
void issuer_title(const Mention& outer, const Edges& e) {
  const SentenceText& s = e.c.text;
  if (outer.type != rules::kOrganisation || outer.nested || outer.end >= s.size() || s.cps[outer.end] != U'《') return;
  for (const auto& next : e.c.mentions)
    if (next.begin == outer.end + 1 && is_document(next, s)) e.add(ref(outer), ref(next));
}

// The longest organisation or administrative place that begins at `at` inside `title`.
const Mention* name_at(const std::vector<Mention>& mentions, const Mention& title, std::size_t at) {
  const Mention* found = nullptr;
  for (const auto& m : mentions) {
    const bool issuer_type = m.type == rules::kOrganisation || (m.type == rules::kPlace && m.level != "other");
    if (issuer_type && m.begin == at && m.end < title.end && (!found || m.end > found->end)) found = &m;
  }
  return found;
}

// The issuer whose name opens at `at`: the longest name there, the last of a chain of places.
const Mention* issuer_at(const std::vector<Mention>& mentions, const Mention& title, std::size_t at) {
  const Mention* issuer = name_at(mentions, title, at);
  while (issuer && issuer->type == rules::kPlace) {
    const Mention* next = name_at(mentions, title, issuer->end);
    if (next == nullptr) break;
    issuer = next;
  }
  return issuer;
}

// Past the marks that join issuers listed in a title (中共中央、国务院, 中共中央 国务院).
std::size_t past_joiner(const SentenceText& s, std::size_t at) {
  return at < s.size() && (is_list_joiner(s.cps[at]) || text::is_space(s.cps[at])) ? at + 1 : at;
}

// 《山西省关于…的实施意见》, 《拉萨市城关区…工作方案》, 《中共中央 国务院关于…的决定》: a document's
// title that opens with places or bodies names its issuers.
void title_opening(const Mention& title, const Edges& e) {
  if (title.nested || !is_document(title, e.c.text)) return;
  const Mention* issuer = issuer_at(e.c.mentions, title, title.begin);
  while (issuer) {
    e.add(ref(*issuer), ref(title));
    const std::size_t next = past_joiner(e.c.text, issuer->end);
    issuer =
        next > issuer->end || issuer->type == rules::kOrganisation ? issuer_at(e.c.mentions, title, next) : nullptr;
  }
}

// Where a quote opens right after `end`, past a year (漳州市2017年“三抓三比”): or nothing.
std::optional<std::size_t> quote_after(const SentenceText& s, std::size_t end) {
  std::size_t at = end;
  while (at < s.size() && s.cps[at] >= U'0' && s.cps[at] <= U'9') ++at;
  if (at > end && (at - end != 4 || at >= s.size() || s.cps[at] != U'年')) return std::nullopt;
  if (at > end) ++at;
  return at < s.size() && s.cps[at] == U'“' ? std::optional{at} : std::nullopt;
}

// 州委、区委“七城同创”决策部署, 县卫健委“健康进万家”义诊, 漳州市2017年“三抓三比”评比: bodies
// or a division written right before a quoted program's name run it; each body of a list (、 和)
// that runs up to the quote.
void owner_quote(const Mention& outer, const Edges& e) {
  const SentenceText& s = e.c.text;
  const bool owner = outer.type == rules::kOrganisation || (outer.type == rules::kPlace && outer.level != "other");
  if (!owner || outer.nested) return;
  const auto quote = quote_after(s, outer.end);
  if (!quote) return;
  const auto program = std::find_if(e.c.mentions.begin(), e.c.mentions.end(), [&](const Mention& m) {
    return m.type == rules::kProgram && !m.nested && (m.begin == *quote || m.begin == *quote + 1);
  });
  if (program == e.c.mentions.end()) return;
  // 卡若区委 written 卡若区 + 区委: the list before it ends where its place begins.
  std::size_t at = outer.begin;
  for (const auto& m : e.c.mentions)
    if (m.type == rules::kPlace && m.begin < at && m.end >= outer.begin && m.end <= outer.end) at = m.begin;
  e.add(ref(outer), ref(*program));
  for (auto it = e.c.mentions.rbegin(); it != e.c.mentions.rend(); ++it)
    if (it->type == rules::kOrganisation && !it->nested && it->end + 1 == at &&
        (s.cps[it->end] == U'、' || s.cps[it->end] == U'和')) {
      e.add(ref(*it), ref(*program));
      at = it->begin;
    }
}

// 东坝县创建全国文明城市: a body or division written right before a program whose name opens with
// its own verb (the rule lists the program rules that name such) is the verb's subject and runs
// it; of a chain of places, the last.
void owner_before(const Mention& program, const Edges& e) {
  if (program.type != rules::kProgram || program.nested) return;
  const auto owner = std::find_if(e.c.mentions.begin(), e.c.mentions.end(), [&](const Mention& m) {
    const bool body = m.type == rules::kOrganisation || (m.type == rules::kPlace && m.level != "other");
    return body && !m.nested && m.end == program.begin;
  });
  if (owner != e.c.mentions.end()) e.add(ref(*owner), ref(program));
}

// 东坝县：“河长制”守护一江清水: a headline's actor runs the program it names.
void headline_program(const Mention& outer, const Edges& e) {
  if (!e.c.headline || outer.type != rules::kProgram || outer.nested || is_document(outer, e.c.text)) return;
  if (const auto actor = e.c.actors.find(rules::ActorOrigin::headline)) e.add(*actor, ref(outer));
}

// 东坝县民政局, 西坝镇集中供水工程: a body or program named after its place lies there.
void name_prefix(const Mention& outer, const Edges& e) {
  // Divisions lie in one another by place-chain and the official hierarchy; sites (经开区,
  // 公园, 基地) and numbered villages (阿扎镇5村) by their name's place like bodies.
  const bool division = outer.type == rules::kPlace && outer.level != "other" && outer.rule != kNumberedVillage;
  if (division || is_document(outer, e.c.text)) return;
  const bool bare = outer.type != rules::kProgram;
  // 大瑶镇南山村新河小区, a site labelled 新河小区 after its later mentions: the name as written
  // keeps the place it opens with.
  const std::size_t edition = outer.type == rules::kProgram ? after_edition(outer.label) : 0;
  std::string seat = seat_of(outer.label.substr(edition), e.c.place_forms, bare);
  if (seat.empty() && outer.type == rules::kPlace) seat = seat_of(strip_marks(outer.surface), e.c.place_forms, bare);
  // 西藏国策…公司林芝分公司: a branch lies where its branch is, not where its company is.
  if (outer.type == rules::kOrganisation)
    if (std::string branch = branch_seat(outer.label, e.c.place_forms); !branch.empty()) seat = std::move(branch);
  if (!seat.empty() && seat != outer.label) e.add(ref(outer), {rules::kPlace, seat});
}

// 意大利中国电影节: a place that acts in no frame (a foreign state) holds no event named after it.
bool place_acts(const std::string& place, const SentenceContext& c) {
  return std::none_of(c.mentions.begin(), c.mentions.end(),
                      [&](const Mention& m) { return m.type == rules::kPlace && m.label == place && !m.acts; });
}

// 东坝县油菜花节在团结村举行: an event named after its place is that place's to hold (the rule
// lists which names are events, by the rules that found them).
void host_prefix(const Mention& outer, const Edges& e) {
  if (outer.type != rules::kProgram || outer.nested) return;
  const std::string seat = seat_of(outer.label.substr(after_edition(outer.label)), e.c.place_forms, false);
  if (!seat.empty() && seat != outer.label && place_acts(seat, e.c)) e.add({rules::kPlace, seat}, ref(outer));
}

}  // namespace

void find_structures(const std::vector<rules::StructureRule>& rules, const SentenceContext& c,
                     std::vector<RelationMention>& out) {
  using Reader = void (*)(const Mention&, const Edges&);
  static const std::map<std::string, Reader> kReaders = {
      {"place-chain", place_chain},           {"name-parent", name_parent}, {"issuer-title", issuer_title},
      {"title-opening", title_opening},       {"owner-quote", owner_quote}, {"owner-before", owner_before},
      {"headline-program", headline_program}, {"name-prefix", name_prefix}, {"host-prefix", host_prefix}};
  for (const auto& rule : rules) {
    const auto reader = kReaders.find(rule.kind);
    if (reader == kReaders.end()) continue;
    const Edges edges{rule, c, out};
    for (const auto& m : c.mentions)
      if (rule.found_by.empty() || rule.found_by.count(m.rule)) reader->second(m, edges);
  }
}

}  // namespace kg::extract
